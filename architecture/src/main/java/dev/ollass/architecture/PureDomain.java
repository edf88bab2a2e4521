package dev.ollass.architecture;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a package (on its {@code package-info.java}) as pure domain code: plain Java that knows
 * nothing of Spring, Kafka, JDBC, Redis or Jackson's databind, not even through another class.
 * The rule holds for the annotated package itself, not for its sub-packages; {@code
 * ArchitectureRules} in this module's test jar enforces it in every module's build, and the
 * packages so marked are the ones PIT mutates.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PACKAGE)
public @interface PureDomain {}
