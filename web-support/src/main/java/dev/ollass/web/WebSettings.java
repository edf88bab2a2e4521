package dev.ollass.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of every service's HTTP edge ({@code ollass.web.*}); the operator credential has its own
 * {@link OperatorSettings}, bound from {@code OLLASS_OPERATOR_*}.
 *
 * @param maxRequestBody the largest request body a service reads; a larger one is refused with 413
 *     ({@code OLLASS_WEB_MAX_REQUEST_BODY}). Large enough for a recorded Yahoo chart response of decades
 */
@ConfigurationProperties("ollass.web")
public record WebSettings(@DefaultValue("16MB") DataSize maxRequestBody) {}
