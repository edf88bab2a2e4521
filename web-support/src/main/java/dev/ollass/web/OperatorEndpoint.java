package dev.ollass.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller, or one handler method, as an operator endpoint (ingest uploads, the audit,
 * replays, backfills): it answers only requests that carry the operator credential as a bearer
 * token, unless the local run switched the requirement off ({@link OperatorSettings}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface OperatorEndpoint {}
