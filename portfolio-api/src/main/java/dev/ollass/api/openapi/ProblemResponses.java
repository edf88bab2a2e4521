package dev.ollass.api.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Declares the errors every operation can answer: any 4xx and 5xx is an RFC 9457 problem
 * ({@code application/problem+json}) with the original's members. Operations add the statuses they
 * are known to answer, with the same schema ({@link ProblemSchema#REF}).
 */
@Configuration(proxyBeanMethods = false)
class ProblemResponses {

    @Bean
    OpenApiCustomizer problemResponsesOnEveryOperation() {
        return openApi -> {
            components(openApi).addSchemas(ProblemSchema.NAME, problemSchema());
            openApi.getPaths()
                    .values()
                    .forEach(path -> path.readOperations().forEach(operation -> {
                        operation.getResponses().addApiResponse("4XX", problemResponse("The request cannot be served"));
                        operation.getResponses().addApiResponse("5XX", problemResponse("The server failed"));
                    }));
        };
    }

    private static Components components(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        return openApi.getComponents();
    }

    private static ApiResponse problemResponse(String description) {
        Schema<?> reference = new Schema<>().$ref(ProblemSchema.REF);
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                new MediaType().schema(reference)));
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("RFC 9457 problem details, plus the original API's status_code, detail and field")
                .addProperty(
                        "type",
                        new StringSchema()
                                .format("uri")
                                .description(
                                        "stable problem type, e.g. https://ollass.dev/problems/market-data-not-found"))
                .addProperty("title", new StringSchema().description("short summary of the problem type"))
                .addProperty("status", new IntegerSchema().description("the HTTP status"))
                .addProperty("detail", new StringSchema().description("what went wrong with this request"))
                .addProperty("instance", new StringSchema().format("uri").description("the request path"))
                .addProperty("status_code", new IntegerSchema().description("the HTTP status again, as the original"))
                .addProperty("field", new StringSchema().description("the request field at fault, empty when none"))
                .required(List.of("type", "title", "status", "detail", "status_code", "field"));
    }
}
