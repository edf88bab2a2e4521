package dev.ollass.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.stack.LocalStack;
import dev.ollass.stack.junit.LocalStackExtension;
import dev.ollass.stack.junit.UsesLocalStack;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAPI document as a client generator reads it from the running API. */
@UsesLocalStack
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class OpenApiDocumentTest {

    /** The API migrates its own schema at start, so even the document needs a database. */
    @DynamicPropertySource
    static void useTheLocalStack(DynamicPropertyRegistry registry) {
        LocalStack stack = LocalStackExtension.stack();
        stack.serviceProperties().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("spring.datasource.url", () -> stack.jdbcUrl("market"));
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private JsonNode document;

    @Test
    void hasARealTitleTheProjectsVersionAndADescription() throws Exception {
        JsonNode info = document().path("info");

        assertThat(info.path("title").asString()).isEqualTo("Ollass portfolio API");
        assertThat(info.path("version").asString()).isEqualTo(projectVersion());
        assertThat(info.path("description").asString()).contains("problem details");
    }

    @Test
    void servesSuccessAsJsonNotAnyMediaTypeAndTheCsvExportAsCsv() throws Exception {
        JsonNode export =
                document().path("paths").path("/api/asset/v1/assetstock/csv").path("get");
        assertThat(export.path("responses").path("200").path("content").propertyNames())
                .containsExactly("text/csv");

        List<String> successTypes = new ArrayList<>();
        for (JsonNode operation : operations()) {
            if (operation.equals(export)) {
                continue;
            }
            operation.path("responses").properties().forEach(response -> {
                if (response.getKey().startsWith("2")) {
                    response.getValue().path("content").propertyNames().forEach(successTypes::add);
                }
            });
        }

        assertThat(successTypes).isNotEmpty().containsOnly("application/json");
    }

    @Test
    void declaresProblemDetailsForEveryErrorOfEveryOperation() throws Exception {
        JsonNode problem = document().path("components").path("schemas").path("Problem");
        assertThat(problem.path("properties").propertyNames())
                .contains("type", "title", "status", "detail", "instance", "status_code", "field");

        for (JsonNode operation : operations()) {
            JsonNode responses = operation.path("responses");
            for (String range : List.of("4XX", "5XX")) {
                JsonNode content = responses.path(range).path("content");
                assertThat(content.propertyNames())
                        .as(operation.path("operationId") + " " + range)
                        .containsExactly("application/problem+json");
                assertThat(content.path("application/problem+json")
                                .path("schema")
                                .path("$ref")
                                .asString())
                        .isEqualTo("#/components/schemas/Problem");
            }
        }
    }

    @Test
    void offersTheBearerSchemeOnPersonalEndpointsOnly() throws Exception {
        JsonNode scheme = document().path("components").path("securitySchemes").path("bearer");
        JsonNode paths = document().path("paths");

        assertThat(scheme.path("type").asString()).isEqualTo("http");
        assertThat(scheme.path("scheme").asString()).isEqualTo("bearer");
        assertThat(paths.path("/api/auth/v1/user").path("get").path("security").toString())
                .contains("bearer");
        assertThat(paths.path("/api/auth/v1/user/delete")
                        .path("post")
                        .path("security")
                        .toString())
                .contains("bearer");
        assertThat(paths.path("/api/auth/v1/local/login").path("post").has("security"))
                .isFalse();
        assertThat(paths.path("/api/auth/v1/user")
                        .path("get")
                        .path("parameters")
                        .isMissingNode())
                .isTrue();
    }

    @Test
    void declaresTheErrorsAMarketRequestIsKnownToAnswer() throws Exception {
        JsonNode daily = document()
                .path("paths")
                .path("/api/market/v1/stocks/{code}/daily")
                .path("get");

        assertThat(daily.path("responses").propertyNames()).contains("200", "400", "404");
        assertThat(daily.path("responses").path("404").path("content").propertyNames())
                .containsExactly("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/market/v1/stocks/{code}/dividends",
                "/api/market/v1/stocks/{code}/splits",
                "/api/market/v1/indices/{code}/daily",
                "/api/market/v1/indices/{code}/latest",
                "/api/market/v1/fx/{pair}/daily",
                "/api/market/v1/fx/{pair}/latest"
            })
    void declaresTheProblemAnUnknownCodeGetsOnEveryMarketSeries(String path) throws Exception {
        JsonNode responses = document().path("paths").path(path).path("get").path("responses");

        assertThat(responses.propertyNames()).as(path).contains("200", "404");
        assertThat(responses
                        .path("404")
                        .path("content")
                        .path("application/problem+json")
                        .path("schema")
                        .path("$ref")
                        .asString())
                .isEqualTo("#/components/schemas/Problem");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/market/v1/stocks/{code}/daily",
                "/api/market/v1/indices/{code}/daily",
                "/api/market/v1/fx/{pair}/daily"
            })
    void declaresEveryDailySeriesAlikeWithItsDateBoundsAndItsProblems(String path) throws Exception {
        JsonNode daily = document().path("paths").path(path).path("get");

        JsonNode responses = daily.path("responses");
        assertThat(responses.propertyNames()).as(path).contains("200", "400", "404");
        for (String status : List.of("400", "404")) {
            assertThat(responses
                            .path(status)
                            .path("content")
                            .path("application/problem+json")
                            .path("schema")
                            .path("$ref")
                            .asString())
                    .as(path + " " + status)
                    .isEqualTo("#/components/schemas/Problem");
        }
        List<JsonNode> bounds = new ArrayList<>();
        daily.path("parameters").forEach(parameter -> {
            if (List.of("start", "end").contains(parameter.path("name").asString())) {
                bounds.add(parameter);
            }
        });
        assertThat(bounds).as(path).hasSize(2).allSatisfy(bound -> {
            assertThat(bound.path("in").asString()).isEqualTo("query");
            assertThat(bound.path("required").asBoolean()).isFalse();
            assertThat(bound.path("schema").path("format").asString()).isEqualTo("date");
            assertThat(bound.path("description").asString()).contains("ISO");
        });
    }

    private List<JsonNode> operations() throws Exception {
        List<JsonNode> operations = new ArrayList<>();
        document().path("paths").forEach(path -> path.forEach(operations::add));
        assertThat(operations).isNotEmpty();
        return operations;
    }

    private JsonNode document() throws IOException, InterruptedException {
        if (document == null) {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            document = JsonMapper.builder().build().readTree(response.body());
        }
        return document;
    }

    /** The version Maven builds: the parent's, declared in this module's pom. */
    private static String projectVersion() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher parent = Pattern.compile("<parent>.*?<version>([^<]+)</version>", Pattern.DOTALL)
                .matcher(pom);
        assertThat(parent.find()).isTrue();
        return parent.group(1);
    }
}
