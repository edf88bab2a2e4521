package dev.ollass.api.market;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.stack.junit.UsesLocalStack;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What Tomcat refuses before the API sees it, on the API's own server: problem details, not
 * Tomcat's HTML page (the skeleton answered these in HTML).
 */
// The full context needs the stack (OwnSchemaOnTheLocalStack): skipped with it where its servers cannot run.
@UsesLocalStack
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class MarketErrorsOnTheWireTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @ParameterizedTest
    @CsvSource({
        "GET, /api/market/v1/stocks/A%2FB/latest, 400",
        "GET, /api/market/v1/stocks/A%00B/latest, 400",
        "GET, /api/market/v1/stocks/LONG/latest, 400",
        "DELETE, /api/market/v1/stocks/AAPL/latest, 405",
        "GET, /api/market/v1/nothing-here, 404"
    })
    void answersWithAProblem(String method, String path, int status) throws Exception {
        String target = path.replace("LONG", "X".repeat(9 * 1024));
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + target))
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JsonMapper.builder().build().readTree(response.body());
        assertThat(problem.path("type").asString()).isEqualTo("https://ollass.dev/problems/http-" + status);
        assertThat(problem.path("status_code").asInt()).isEqualTo(status);
    }
}
