package dev.ollass.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoadUsersTest {

    @Test
    void signsTheLocalRunsLoadUsersInWithItsKnownPassword() {
        assertThat(LoadUsers.password(URI.create("http://localhost:20300"), Map.of()))
                .isEqualTo(LoadUsers.LOCAL_PASSWORD);
        assertThat(LoadUsers.password(URI.create("http://127.0.0.1:8000"), Map.of()))
                .isEqualTo(LoadUsers.LOCAL_PASSWORD);
    }

    @Test
    void neverLeavesAccountsWithTheKnownPasswordOnAnotherHost() {
        assertThatThrownBy(() -> LoadUsers.password(URI.create("https://ollass.example"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("OLLASS_LOAD_PASSWORD");
        assertThat(LoadUsers.password(
                        URI.create("https://ollass.example"), Map.of("OLLASS_LOAD_PASSWORD", "a-long-secret-1")))
                .isEqualTo("a-long-secret-1");
    }

    @Test
    void readsTheAccessTokenOfTheSignInAnswerAndSaysSoWhenThereIsNone() throws Exception {
        ObjectMapper json = new ObjectMapper();

        assertThat(LoadUsers.accessToken(json.readTree("{\"access_token\":\"abc\",\"refresh_token\":\"def\"}")))
                .isEqualTo("abc");
        assertThatThrownBy(() -> LoadUsers.accessToken(json.readTree("{\"status_code\":401}")))
                .hasMessageContaining("No access_token");
    }
}
