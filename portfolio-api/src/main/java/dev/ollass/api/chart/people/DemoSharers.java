package dev.ollass.api.chart.people;

import dev.ollass.api.asset.PortfolioSeeds;
import dev.ollass.api.auth.AuthSettings;
import dev.ollass.api.database.PortfolioDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The local run's sharing demo users ({@value #SHARERS}: a nickname and a portfolio each), so that {@code
 * people-portfolio} is not empty: created at start when missing, each with its trades (through the ordinary
 * write path) and its consent. Only in the local run with a demo account ({@code OLLASS_LOCAL_RUN}, {@code
 * OLLASS_DEMO_EMAIL}), like the demo account. They have no credential: nobody can sign in as them. A restart
 * finds them (by their fixed identity) and changes nothing.
 */
@Component
class DemoSharers implements ApplicationRunner {

    static final String SHARERS = "chart/people/demo-sharers.csv";

    /** Their {@code user.social_id} prefix (provider {@code local}, no local account). */
    static final String SOCIAL_ID_PREFIX = "demo-sharer:";

    private static final Logger log = LoggerFactory.getLogger(DemoSharers.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final PortfolioSeeds seeds;
    private final AuthSettings settings;

    DemoSharers(
            @PortfolioDatabase JdbcClient jdbc,
            @PortfolioDatabase TransactionTemplate transactions,
            PortfolioSeeds seeds,
            AuthSettings settings) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.seeds = seeds;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        String demo = settings.demo().email();
        if (!settings.localRun() || demo == null || demo.isBlank()) {
            return;
        }
        for (CSVRecord sharer : sharers()) {
            String nickname = sharer.get("nickname");
            try {
                create(nickname, sharer.get("portfolio"));
            } catch (RuntimeException e) {
                // A demo without one sharer is still a demo (a user may have taken the nickname).
                log.warn("The sharing demo user {} was not created: {}", nickname, e.toString());
            }
        }
    }

    private void create(String nickname, String portfolio) {
        String socialId = SOCIAL_ID_PREFIX + nickname;
        if (jdbc.sql("SELECT COUNT(*) FROM `user` WHERE provider = 'local' AND social_id = ?")
                        .param(socialId)
                        .query(Long.class)
                        .single()
                > 0) {
            return;
        }
        Long userId = transactions.execute(status -> {
            jdbc.sql("INSERT INTO `user` (social_id, provider, role, nickname) VALUES (?, 'local', 'USER', ?)")
                    .params(socialId, nickname)
                    .update();
            long id = jdbc.sql("SELECT id FROM `user` WHERE provider = 'local' AND social_id = ?")
                    .param(socialId)
                    .query(Long.class)
                    .single();
            jdbc.sql("INSERT INTO user_event_consent (user_id, event_id, consent) VALUES (?, ?, TRUE)")
                    .params(id, Sharers.PORTFOLIO_SHARE)
                    .update();
            return id;
        });
        try {
            int trades = seeds.seed(userId, portfolio);
            log.info("Created the sharing demo user {} with {} trades", nickname, trades);
        } catch (DataAccessException | IllegalStateException e) {
            log.warn("The sharing demo user {} starts without its portfolio", nickname, e);
        }
    }

    private static List<CSVRecord> sharers() {
        try (InputStream in = new ClassPathResource(SHARERS).getInputStream()) {
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))
                    .getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
