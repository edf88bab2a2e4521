package dev.ollass.api.auth.profile;

import dev.ollass.api.auth.outbox.Outbox;
import dev.ollass.api.auth.outbox.OutboxRelay;
import dev.ollass.api.auth.session.Sessions;
import dev.ollass.api.auth.user.Users;
import dev.ollass.api.database.PortfolioDatabase;
import dev.ollass.contracts.identity.UserDeleted;
import dev.ollass.contracts.portfolio.TransactionsChanged;
import dev.ollass.contracts.portfolio.TransactionsChanged.Change;
import dev.ollass.contracts.topic.Topics;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes a user: in one transaction the user's rows go (by cascade their local credential, asset lines,
 * asset fields and consents), the quit reason is kept, and a {@link UserDeleted} event and an {@code ERASED}
 * {@link TransactionsChanged} are stored in the outbox. After the commit every
 * session ends and the event is published. The sessions end after the commit, not inside it, because
 * Redis takes no part in the transaction; tokens are dead from the commit on anyway, since the guard
 * checks that the user exists.
 */
@Service
class AccountDeletion {

    private final Users users;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Outbox outbox;
    private final OutboxRelay relay;
    private final Sessions sessions;
    private final Clock clock = Clock.systemUTC();

    AccountDeletion(
            Users users,
            @PortfolioDatabase JdbcClient jdbc,
            @PortfolioDatabase TransactionTemplate transactions,
            Outbox outbox,
            OutboxRelay relay,
            Sessions sessions) {
        this.users = users;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.outbox = outbox;
        this.relay = relay;
        this.sessions = sessions;
    }

    /** False when there was no such user. */
    boolean delete(long userId, String reason) {
        Instant now = clock.instant();
        Boolean deleted = transactions.execute(status -> {
            if (!users.delete(userId)) {
                return false;
            }
            jdbc.sql("INSERT INTO user_quit_reason (reason, quit_at) VALUES (?, ?)")
                    .params(reason, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                    .update();
            outbox.add(Topics.USER_DELETED, Long.toString(userId), new UserDeleted(userId, now));
            // The user's asset lines, column choice and consents went with the user row (ON DELETE CASCADE).
            outbox.add(
                    Topics.PORTFOLIO_TRANSACTIONS,
                    Long.toString(userId),
                    new TransactionsChanged(userId, Change.ERASED, List.of(), List.of(), now));
            return true;
        });
        if (!Boolean.TRUE.equals(deleted)) {
            return false;
        }
        sessions.endAll(userId);
        relay.publishPending();
        return true;
    }
}
