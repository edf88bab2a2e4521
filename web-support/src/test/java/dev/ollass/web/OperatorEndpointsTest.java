package dev.ollass.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.web.example.ExampleService;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Operator endpoints on a real Tomcat, under each way a service can be configured. */
class OperatorEndpointsTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Nested
    @SpringBootTest(
            classes = ExampleService.class,
            webEnvironment = WebEnvironment.RANDOM_PORT,
            properties = "ollass.operator.token=s3cret-operator-token")
    class WithATokenConfigured {

        @LocalServerPort
        int port;

        @Test
        void refusesARequestWithoutTheTokenAsAProblem() throws Exception {
            HttpResponse<String> response = post(port, "/maintenance/run", null);

            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate"))
                    .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
            assertProblem(response, 401, "operator-credential-required");
        }

        @Test
        void refusesAWrongToken() throws Exception {
            assertProblem(
                    post(port, "/maintenance/run", "Bearer s3cret-operator-tokeN"),
                    401,
                    "operator-credential-required");
            assertProblem(post(port, "/maintenance/run", "Bearer s3cret"), 401, "operator-credential-required");
            assertProblem(
                    post(port, "/maintenance/run", "Basic s3cret-operator-token"), 401, "operator-credential-required");
        }

        @Test
        void acceptsTheRightToken() throws Exception {
            HttpResponse<String> response = post(port, "/maintenance/run", "Bearer s3cret-operator-token");

            assertThat(response.statusCode()).isEqualTo(202);
            assertThat(response.body()).isEqualTo("{\"ran\":\"yes\"}");
        }

        @Test
        void leavesEndpointsThatAreNotOperatorEndpointsOpen() throws Exception {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/things/1"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
        }
    }

    @Nested
    @SpringBootTest(classes = ExampleService.class, webEnvironment = WebEnvironment.RANDOM_PORT)
    class WithNoTokenConfigured {

        @LocalServerPort
        int port;

        @Test
        void refusesEveryRequestEvenWithSomeToken() throws Exception {
            assertProblem(post(port, "/maintenance/run", null), 403, "operator-credential-not-configured");
            assertProblem(post(port, "/maintenance/run", "Bearer "), 403, "operator-credential-not-configured");
            assertProblem(post(port, "/maintenance/run", "Bearer anything"), 403, "operator-credential-not-configured");
        }
    }

    @Nested
    @SpringBootTest(
            classes = ExampleService.class,
            webEnvironment = WebEnvironment.RANDOM_PORT,
            properties = "ollass.operator.token= ")
    class WithABlankToken {

        @LocalServerPort
        int port;

        @Test
        void refusesARequestWithABlankBearerToken() throws Exception {
            assertProblem(post(port, "/maintenance/run", "Bearer  "), 403, "operator-credential-not-configured");
        }
    }

    @Nested
    @SpringBootTest(
            classes = ExampleService.class,
            webEnvironment = WebEnvironment.RANDOM_PORT,
            properties = "ollass.operator.auth=none")
    class InTheLocalRun {

        @LocalServerPort
        int port;

        @Test
        void acceptsARequestWithoutAToken() throws Exception {
            assertThat(post(port, "/maintenance/run", null).statusCode()).isEqualTo(202);
        }
    }

    private static HttpResponse<String> post(int port, String path, String authorization)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("type").asString()).isEqualTo(Problems.TYPE_BASE + type);
        assertThat(problem.path("status_code").asInt()).isEqualTo(status);
    }
}
