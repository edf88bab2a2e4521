package dev.ollass.api.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SameServerUrlTest {

    @Test
    void replacesTheSchemaAndKeepsServerAndParameters() {
        assertThat(SameServerUrl.withSchema(
                        "jdbc:mysql://localhost:13306/market?useSSL=false&allowPublicKeyRetrieval=true", "portfolio"))
                .isEqualTo("jdbc:mysql://localhost:13306/portfolio?useSSL=false&allowPublicKeyRetrieval=true");
        assertThat(SameServerUrl.withSchema("jdbc:mariadb://db:3306/market", "portfolio"))
                .isEqualTo("jdbc:mariadb://db:3306/portfolio");
    }

    @Test
    void refusesAUrlItCannotReadWithAClearMessage() {
        assertThatThrownBy(() -> SameServerUrl.withSchema("jdbc:h2:mem:x", "portfolio"))
                .hasMessageContaining("OLLASS_PORTFOLIO_JDBC_URL");
    }
}
