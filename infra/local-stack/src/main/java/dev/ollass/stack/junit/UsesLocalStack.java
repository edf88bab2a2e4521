package dev.ollass.stack.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The test class needs the shared local stack, started once per test JVM: see {@link LocalStackExtension}. With
 * {@code -Pcontainers} it gets production's servers in containers instead, and is skipped where Docker is missing.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(LocalStackExtension.class)
public @interface UsesLocalStack {}
