package dev.ollass.api.openapi;

/**
 * The OpenAPI schema every error response refers to, named once: {@link ProblemResponses} defines
 * it, controllers point their documented error responses at {@link #REF}.
 */
public final class ProblemSchema {

    public static final String NAME = "Problem";
    public static final String REF = "#/components/schemas/" + NAME;

    private ProblemSchema() {}
}
