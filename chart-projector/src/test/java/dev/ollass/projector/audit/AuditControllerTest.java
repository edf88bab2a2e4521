package dev.ollass.projector.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

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
    void refusesToRunTheAuditWithoutTheOperatorCredential() {
        var response = mvc.post().uri("/audit");

        assertThat(response).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(response).contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response).bodyJson().isLenientlyEqualTo("""
                {"type":"https://ollass.dev/problems/operator-credential-required","status_code":401}""");
        then(runner).should(never()).run();
    }
}
