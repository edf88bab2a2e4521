package dev.ollass.api.market;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ollass.api.ProjectorSchema;
import dev.ollass.stack.LocalStack;
import dev.ollass.stack.junit.LocalStackExtension;
import dev.ollass.stack.junit.UsesLocalStack;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The market version as the API reads it, on the real database the projector's migrations created. */
@UsesLocalStack
class MarketVersionOnTheLocalStackTest {

    private static JdbcClient market;

    @BeforeAll
    static void theProjectorsSchema() {
        market = JdbcClient.create(ProjectorSchema.fresh("api_market_version_test"));
    }

    @Test
    void aBumpIsReadAtOnceWithoutAMemo() {
        MarketVersion version = new MarketVersion(market, Duration.ZERO);
        String before = version.current();

        ProjectorSchema.bumpVersion(market);

        assertThat(version.current()).isNotEqualTo(before);
    }

    @Test
    void aBumpIsReadOnlyOnceTheMemoIsOlderThanTheRefresh() throws InterruptedException {
        MarketVersion version = new MarketVersion(market, Duration.ofSeconds(2));
        String before = version.current();

        ProjectorSchema.bumpVersion(market);

        assertThat(version.current()).as("within the refresh, no SQL").isEqualTo(before);
        Thread.sleep(2_100); // at least that long: the memo is then older than the refresh, whatever the load
        assertThat(version.current()).isNotEqualTo(before);
    }

    @Test
    void withoutTheTableEachReadIsAVersionOfItsOwnSoNothingIsServedFromTheCache() {
        LocalStack stack = LocalStackExtension.stack();
        JdbcClient empty = JdbcClient.create(new DriverManagerDataSource(
                stack.jdbcUrl("api_no_market_test"), stack.jdbcUser(), stack.jdbcPassword()));
        MarketVersion version = new MarketVersion(empty, Duration.ofHours(1));

        String first = version.current();
        String second = version.current();

        assertThat(first).startsWith("unread-");
        assertThat(second).startsWith("unread-").isNotEqualTo(first);
    }

    @Test
    void aReadThatFailedIsNotKeptSoTheVersionIsReadOnceTheTableExists() {
        LocalStack stack = LocalStackExtension.stack();
        JdbcClient late = JdbcClient.create(new DriverManagerDataSource(
                stack.jdbcUrl("api_late_market_test"), stack.jdbcUser(), stack.jdbcPassword()));
        late.sql("DROP TABLE IF EXISTS market_version").update();
        MarketVersion version = new MarketVersion(late, Duration.ofHours(1));
        assertThat(version.current()).startsWith("unread-");

        ProjectorSchema.fresh("api_late_market_test");

        assertThat(version.current()).as("read at once, not an hour later").matches("\\d+");
    }
}
