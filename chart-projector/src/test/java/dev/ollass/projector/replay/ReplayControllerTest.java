package dev.ollass.projector.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

import dev.ollass.projector.replay.ReplayProgress.PartitionProgress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(controllers = ReplayController.class, properties = "ollass.operator.token=operator-token-for-tests")
class ReplayControllerTest {

    private static final String OPERATOR = "Bearer operator-token-for-tests";
    private static final ReplayProgress HALF_WAY = new ReplayProgress(
            "RUNNING",
            Instant.parse("2026-12-02T20:00:00Z"),
            null,
            List.of("AAPL"),
            false,
            41_200,
            82_400,
            20_600,
            Duration.ofSeconds(2),
            List.of(
                    new PartitionProgress("daily-bar-sink", "market.daily-bars.v1", 0, 0, 50_000, 20_000, 30_000),
                    new PartitionProgress("daily-bar-sink", "market.daily-bars.v1", 1, 0, 32_400, 21_200, 11_200),
                    new PartitionProgress("symbol-sink", "market.symbols.v1", 0, 0, 0, 0, 0)));

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    ProjectionReplay replay;

    @Test
    void startsAReplayFromATimeForTheOperator() {
        Instant from = Instant.parse("2021-04-16T00:00:00Z");
        given(replay.start(from, List.of(), false)).willReturn(HALF_WAY);

        var response = mvc.post().uri("/replay?from=2021-04-16T00:00:00Z").header(HttpHeaders.AUTHORIZATION, OPERATOR);

        assertThat(response).hasStatus(HttpStatus.ACCEPTED);
        assertThat(response).bodyJson().isLenientlyEqualTo("""
                {"state":"RUNNING","replayed":41200,"total":82400,
                 "partitions":[{"sink":"daily-bar-sink","topic":"market.daily-bars.v1","partition":0,"lag":30000},
                               {"partition":1},{"sink":"symbol-sink"}]}""");
    }

    @Test
    void dropsTheSymbolsItIsGivenTrimmed() {
        given(replay.start(null, List.of("AAPL", "005930"), true)).willReturn(HALF_WAY);

        var response =
                mvc.post().uri("/replay?symbols= AAPL, 005930,&wipe=true").header(HttpHeaders.AUTHORIZATION, OPERATOR);

        assertThat(response).hasStatus(HttpStatus.ACCEPTED);
        then(replay).should().start(null, List.of("AAPL", "005930"), true);
    }

    @Test
    void showsTheProgressAsOneLineForATerminal() {
        given(replay.progress()).willReturn(HALF_WAY);

        var response = mvc.get()
                .uri("/replay")
                .header(HttpHeaders.AUTHORIZATION, OPERATOR)
                .accept(MediaType.TEXT_PLAIN);

        assertThat(response).hasStatusOk();
        assertThat(response)
                .bodyText()
                .isEqualTo("RUNNING  41,200 / 82,400 records (50%)  20,600 records/s  2.0 s  lag: "
                        + "market.daily-bars.v1-0 30000, market.daily-bars.v1-1 11200\n");
    }

    @Test
    void refusesToReplayWithoutTheOperatorCredential() {
        var response = mvc.post().uri("/replay");

        assertThat(response).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(response).bodyJson().isLenientlyEqualTo("""
                {"type":"https://ollass.dev/problems/operator-credential-required"}""");
        then(replay).should(never()).start(null, List.of(), false);
    }
}
