package dev.ollass.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.web.example.ExampleService;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A raw body over {@code ollass.web.max-request-body} is refused with a 413 problem, declared or chunked. */
@SpringBootTest(
        classes = ExampleService.class,
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "ollass.web.max-request-body=1KB")
class RequestBodyLimitTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void acceptsABodyUpToTheLimit() throws IOException {
        RawHttp.Response response = RawHttp.send(port, withLength("x".repeat(1024)));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(JSON.readTree(response.body()).path("length").asInt()).isEqualTo(1024);
    }

    @Test
    void refusesABodyWhoseDeclaredLengthIsOverTheLimit() throws IOException {
        assertTooLarge(RawHttp.send(port, withLength("x".repeat(1025))));
    }

    @Test
    void refusesAChunkedBodyOnceItHasGrownOverTheLimit() throws IOException {
        String chunk = "x".repeat(600);
        String chunked = Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n"
                + Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n0\r\n\r\n";
        assertTooLarge(RawHttp.send(
                port,
                "POST /uploads HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: text/plain\r\n"
                        + "Transfer-Encoding: chunked\r\n\r\n" + chunked));
    }

    private static String withLength(String body) {
        return "POST /uploads HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: text/plain\r\n"
                + "Content-Length: " + body.length() + "\r\n\r\n" + body;
    }

    private static void assertTooLarge(RawHttp.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(413);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("type").asString()).isEqualTo(Problems.TYPE_BASE + "http-413");
        assertThat(problem.path("status_code").asInt()).isEqualTo(413);
    }
}
