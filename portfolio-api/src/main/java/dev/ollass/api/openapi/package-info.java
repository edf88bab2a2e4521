/** The OpenAPI document: what the API declares beyond what springdoc reads from the controllers. */
@NullMarked
package dev.ollass.api.openapi;

import org.jspecify.annotations.NullMarked;
