package dev.ollass.api.auth.user;

import dev.ollass.api.auth.signin.IdentityProvider;
import dev.ollass.api.database.PortfolioDatabase;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code user} table. A person is one (provider, social id), unique in the schema. */
@Repository
public class Users {

    private final JdbcClient jdbc;

    Users(@PortfolioDatabase JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UserRow> find(long id) {
        return jdbc.sql("SELECT id, provider, social_id, nickname, email FROM `user` WHERE id = ?")
                .param(id)
                .query(UserRow.class)
                .optional();
    }

    public boolean exists(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM `user` WHERE id = ?")
                        .param(id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * The user of this identity, created on first sign-in with its e-mail (stored at creation only, as in
     * the original). Two first sign-ins at once create one row: the second finds the first's.
     */
    public UserRow findOrCreate(IdentityProvider provider, String socialId, String email) {
        Optional<UserRow> existing = find(provider, socialId);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            return create(provider, socialId, email);
        } catch (DuplicateKeyException raced) {
            return find(provider, socialId).orElseThrow(() -> raced);
        }
    }

    /** A new user; {@link DuplicateKeyException} when the identity has one already. */
    public UserRow create(IdentityProvider provider, String socialId, String email) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO `user` (social_id, provider, role, email) VALUES (?, ?, 'USER', ?)")
                .params(socialId, provider.wireName(), email)
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        return new UserRow(id, provider.wireName(), socialId, null, email);
    }

    Optional<UserRow> find(IdentityProvider provider, String socialId) {
        return jdbc.sql(
                        "SELECT id, provider, social_id, nickname, email FROM `user` WHERE provider = ? AND social_id = ?")
                .params(provider.wireName(), socialId)
                .query(UserRow.class)
                .optional();
    }

    /** Whether a user other than {@code exceptUserId} has this nickname (compared as the schema does, without case). */
    public boolean nicknameTaken(String nickname, long exceptUserId) {
        return jdbc.sql("SELECT COUNT(*) FROM `user` WHERE nickname = ? AND id <> ?")
                        .params(nickname, exceptUserId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public boolean nicknameTaken(String nickname) {
        return nicknameTaken(nickname, -1);
    }

    /** Sets the nickname; {@link DuplicateKeyException} when another user took it meanwhile. */
    public void rename(long id, String nickname) {
        jdbc.sql("UPDATE `user` SET nickname = ? WHERE id = ?")
                .params(nickname, id)
                .update();
    }

    /** Removes the user and, by cascade, their local credential; false when there was none. */
    public boolean delete(long id) {
        return jdbc.sql("DELETE FROM `user` WHERE id = ?").param(id).update() > 0;
    }
}
