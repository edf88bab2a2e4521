package dev.ollass.projector.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

import dev.ollass.contracts.market.MarketDataGap;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(controllers = AuditController.class, properties = "ollass.operator.token=operator-token-for-tests")
class AuditControllerTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    AuditRunner runner;

    @Test
    void runsTheAuditForTheOperator() {
        given(runner.run()).willReturn(List.of());

        var response = mvc.post().uri("/audit").header(HttpHeaders.AUTHORIZATION, "Bearer operator-token-for-tests");

        assertThat(response).hasStatusOk();
        assertThat(response).bodyJson().isStrictlyEqualTo("[]");
    }

    @Test
    void runsTheAuditOfOneMarketAndAnswersWhatItPublished() {
        MarketDataGap gap = new MarketDataGap(
                MarketDataGap.Status.MISSING,
                "KR",
                LocalDate.of(2021, 4, 15),
                List.of("000660"),
                List.of(),
                List.of(),
                List.of(),
                "ab".repeat(32),
                Instant.parse("2021-04-16T14:00:00Z"));
        given(runner.run("KR")).willReturn(List.of(gap));

        var response =
                mvc.post().uri("/audit?market=KR").header(HttpHeaders.AUTHORIZATION, "Bearer operator-token-for-tests");

        assertThat(response).hasStatusOk();
        assertThat(response).bodyJson().isLenientlyEqualTo("""
                [{"status":"MISSING","market":"KR","tradingDay":"2021-04-15","missingSymbols":["000660"],
                  "contentDigest":"%s"}]""".formatted("ab".repeat(32)));
        then(runner).should(never()).run();
    }

    @Test
    void refusesToRunTheAuditWithoutTheOperatorCredential() {
        var response = mvc.post().uri("/audit");

        assertThat(response).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(response).contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response).bodyJson().isLenientlyEqualTo("""
                {"type":"https://ollass.dev/problems/operator-credential-required","status_code":401}""");
        then(runner).should(never()).run();
    }
}
