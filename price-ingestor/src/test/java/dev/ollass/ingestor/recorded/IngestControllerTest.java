package dev.ollass.ingestor.recorded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

import dev.ollass.ingestor.publish.IngestSummary;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentMatchers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(controllers = IngestController.class, properties = "ollass.operator.token=operator-token-for-tests")
class IngestControllerTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    RecordedChartImporter importer;

    @Test
    void publishesAnUploadedChartForTheOperator() {
        given(importer.importChart("aapl.json", "{\"chart\":{}}")).willReturn(new IngestSummary("aapl.json", 49, 0));

        var response = mvc.post()
                .uri("/ingest/yahoo/chart?origin=aapl.json")
                .header(HttpHeaders.AUTHORIZATION, "Bearer operator-token-for-tests")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"chart\":{}}");

        assertThat(response).hasStatus(HttpStatus.ACCEPTED);
        assertThat(response).bodyJson().isLenientlyEqualTo("""
                {"origin":"aapl.json","ticks":49,"rejects":0}""");
    }

    @Test
    void refusesAnUploadWithoutTheOperatorCredentialAndPublishesNothing() {
        var response = mvc.post()
                .uri("/ingest/yahoo/chart?origin=aapl.json")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"chart\":{}}");

        assertThat(response).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(response).contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response).bodyJson().isLenientlyEqualTo("""
                {"type":"https://ollass.dev/problems/operator-credential-required","status_code":401}""");
        then(importer).should(never()).importChart(ArgumentMatchers.any(), ArgumentMatchers.any());
    }

    @Test
    void refusesAReimportWithAWrongCredential() {
        given(importer.importAll()).willReturn(new RecordedImportReport(List.of(), List.of()));

        var response = mvc.post().uri("/ingest/recorded").header(HttpHeaders.AUTHORIZATION, "Bearer guessed");

        assertThat(response).hasStatus(HttpStatus.UNAUTHORIZED);
        then(importer).should(never()).importAll();
    }
}
