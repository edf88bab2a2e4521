package dev.ollass.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.web.example.ExampleService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every error a client can provoke, on a real Tomcat, sent as raw bytes: each answer is a problem
 * with its real status, a stable type and the original's members, never Tomcat's HTML page or
 * Spring's default error JSON.
 */
@SpringBootTest(classes = ExampleService.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class ContainerErrorsAreProblemsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void answersAnEncodedSlashInThePathWithAProblem() throws IOException {
        assertProblem(RawHttp.get(port, "/things/A%2FB"), 400, "http-400");
    }

    @Test
    void answersANulByteInThePathWithAProblem() throws IOException {
        assertProblem(RawHttp.get(port, "/things/A%00B"), 400, "http-400");
    }

    @Test
    void answersAUrlOverEightKilobytesWithAProblem() throws IOException {
        assertProblem(RawHttp.get(port, "/things/" + "x".repeat(9 * 1024)), 400, "http-400");
    }

    @Test
    void answersAMalformedRequestLineWithAProblem() throws IOException {
        assertProblem(RawHttp.send(port, "GET /things/1 NOT-HTTP\r\nHost: localhost\r\n\r\n"), 400, "http-400");
    }

    @Test
    void answersAnUnknownPathWithAProblemEvenWhenTheClientAsksForHtml() throws IOException {
        RawHttp.Response response = RawHttp.send(
                port, "GET /nowhere HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\n\r\n");
        assertProblem(response, 404, "http-404");
    }

    @Test
    void answersAWrongMethodWithAProblem() throws IOException {
        RawHttp.Response response =
                RawHttp.send(port, "DELETE /things/1 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertProblem(response, 405, "http-405");
    }

    @Test
    void answersAnUnsupportedContentTypeWithAProblem() throws IOException {
        RawHttp.Response response = RawHttp.send(port, post("/things", "text/plain", "hello"));
        assertProblem(response, 415, "http-415");
    }

    @Test
    void answersAnUnreadableBodyWithAProblem() throws IOException {
        RawHttp.Response response = RawHttp.send(port, post("/things", "application/json", "{not json"));
        assertProblem(response, 400, "http-400");
    }

    @Test
    void answersABodyTooLargeWithAProblem() throws IOException {
        String form = "note=" + "x".repeat(3 * 1024 * 1024);
        RawHttp.Response response =
                RawHttp.send(port, post("/things/1/notes", "application/x-www-form-urlencoded", form));
        assertProblem(response, 413, "http-413");
    }

    @Test
    void namesTheParameterThatIsNotANumber() throws IOException {
        JsonNode problem = assertProblem(RawHttp.get(port, "/things/1?count=many"), 400, "invalid-parameter");
        assertThat(problem.path("field").asString()).isEqualTo("count");
    }

    @Test
    void keepsAFeaturesOwnProblemTypeAndField() throws IOException {
        JsonNode problem = assertProblem(RawHttp.get(port, "/things/missing"), 404, "thing-not-found");
        assertThat(problem.path("field").asString()).isEqualTo("id");
        assertThat(problem.path("detail").asString()).isEqualTo("No thing missing.");
    }

    @Test
    void answersAnExceptionInAControllerWithAProblemThatHidesItsMessage() throws IOException {
        RawHttp.Response response = RawHttp.get(port, "/things/broken");
        assertProblem(response, 500, "internal-error");
        assertThat(response.body()).doesNotContain("secret internals");
    }

    @Test
    void answersAnExceptionInAFilterWithAProblemThatHidesItsMessage() throws IOException {
        RawHttp.Response response = RawHttp.get(port, "/filtered/x");
        assertProblem(response, 500, "http-500");
        assertThat(response.body()).doesNotContain("filter internals");
    }

    private static String post(String path, String contentType, String body) {
        return "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: " + contentType
                + "\r\nContent-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
    }

    private static JsonNode assertProblem(RawHttp.Response response, int status, String type) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("type").asString()).isEqualTo(Problems.TYPE_BASE + type);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("status_code").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("detail").asString()).isNotBlank();
        assertThat(problem.has("field")).isTrue();
        return problem;
    }
}
