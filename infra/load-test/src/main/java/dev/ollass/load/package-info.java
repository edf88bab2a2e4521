/**
 * {@code ./ollass bench load}: spec §11's load test (the original's 12 GETs per signed-in user) against a running
 * API, driven by Gatling at a constant arrival rate, beside {@code GET /health} at the same rate in the same run.
 */
@NullMarked
package dev.ollass.load;

import org.jspecify.annotations.NullMarked;
