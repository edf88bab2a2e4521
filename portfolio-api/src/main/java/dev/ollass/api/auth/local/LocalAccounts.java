package dev.ollass.api.auth.local;

import dev.ollass.api.auth.rules.PasswordRule;
import dev.ollass.api.auth.session.Sessions;
import dev.ollass.api.auth.signin.IdentityProvider;
import dev.ollass.api.auth.signin.TokenPair;
import dev.ollass.api.auth.user.UserRow;
import dev.ollass.api.auth.user.Users;
import dev.ollass.api.database.PortfolioDatabase;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Local accounts: an e-mail and a password hash in {@code local_account} beside a {@code user} row of
 * provider {@code local} whose social id is a random UUID (it never leaves the server but in the
 * token's {@code sub}). E-mails are compared in lower case.
 */
@Service
class LocalAccounts {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final int MAX_EMAIL_LENGTH = 255;

    private final Users users;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final PasswordEncoder passwords;
    private final PasswordRule rule;
    private final LoginThrottle throttle;
    private final Sessions sessions;
    /** Checked when the e-mail is unknown, so that an unknown e-mail takes as long as a wrong password. */
    private final String decoyHash;

    LocalAccounts(
            Users users,
            @PortfolioDatabase JdbcClient jdbc,
            @PortfolioDatabase TransactionTemplate transactions,
            PasswordEncoder passwords,
            PasswordRule rule,
            LoginThrottle throttle,
            Sessions sessions) {
        this.users = users;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.passwords = passwords;
        this.rule = rule;
        this.throttle = throttle;
        this.sessions = sessions;
        this.decoyHash = passwords.encode(UUID.randomUUID().toString());
    }

    TokenPair signUp(Credentials credentials) {
        return sessions.open(create(credentials));
    }

    /** Creates the account, or refuses it with a problem naming the field at fault. */
    UserRow create(Credentials credentials) {
        String email = normalized(credentials.email());
        if (email.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(email).matches()) {
            throw LocalProblems.invalidEmail();
        }
        String password = credentials.password() == null ? "" : credentials.password();
        rule.refusal(password, email).ifPresent(refusal -> {
            throw LocalProblems.weakPassword(refusal);
        });
        if (hashOf(email).isPresent()) {
            throw LocalProblems.emailTaken();
        }
        String hash = passwords.encode(password);
        try {
            return transactions.execute(status -> {
                UserRow user =
                        users.create(IdentityProvider.LOCAL, UUID.randomUUID().toString(), email);
                jdbc.sql("INSERT INTO local_account (user_id, email, password_hash) VALUES (?, ?, ?)")
                        .params(user.id(), email, hash)
                        .update();
                return user;
            });
        } catch (DuplicateKeyException raced) {
            throw LocalProblems.emailTaken();
        }
    }

    boolean exists(String email) {
        return hashOf(normalized(email)).isPresent();
    }

    TokenPair logIn(Credentials credentials, String clientAddress) {
        String email = normalized(credentials.email());
        String password = credentials.password() == null ? "" : credentials.password();
        throttle.waitBeforeNextTry(email, clientAddress).ifPresent(wait -> {
            throw LocalProblems.tooManyFailures(wait);
        });
        Optional<StoredCredential> stored = hashOf(email);
        boolean matches = passwords.matches(
                password, stored.map(StoredCredential::passwordHash).orElse(decoyHash));
        if (stored.isEmpty() || !matches) {
            throw failure(email, clientAddress);
        }
        UserRow user = users.find(stored.get().userId()).orElseThrow(() -> failure(email, clientAddress));
        return sessions.open(user);
    }

    private RuntimeException failure(String email, String clientAddress) {
        throttle.recordFailure(email, clientAddress);
        return LocalProblems.wrongCredentials();
    }

    private Optional<StoredCredential> hashOf(String email) {
        return jdbc.sql("SELECT user_id, password_hash FROM local_account WHERE email = ?")
                .param(email)
                .query(StoredCredential.class)
                .optional();
    }

    private static String normalized(@org.jspecify.annotations.Nullable String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    record StoredCredential(long userId, String passwordHash) {}
}
