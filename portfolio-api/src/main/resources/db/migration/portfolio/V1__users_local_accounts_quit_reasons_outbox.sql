-- The API's own schema (spec section 7's user table, fixed): MariaDB and MySQL 8 both run it.
-- A person is one (provider, social_id); the original had no such key, so one sign-in could create two rows.
CREATE TABLE `user` (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    social_id  VARCHAR(255) NOT NULL,
    provider   VARCHAR(50)  NOT NULL,
    role       VARCHAR(10)  NOT NULL DEFAULT 'USER',
    nickname   VARCHAR(255) NULL,
    email      VARCHAR(255) NULL,
    created_at DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT uq_user_provider_social_id UNIQUE (provider, social_id),
    -- Case-insensitive (the table's collation): "Kim" and "kim" are one nickname, as on MySQL's default.
    CONSTRAINT uq_user_nickname UNIQUE (nickname),
    CONSTRAINT ck_user_role CHECK (role IN ('ADMIN', 'USER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A local account's credential; its user row has provider 'local' and a random social_id.
CREATE TABLE local_account (
    user_id       BIGINT       NOT NULL,
    email         VARCHAR(255) NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    created_at    DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (user_id),
    CONSTRAINT uq_local_account_email UNIQUE (email),
    CONSTRAINT fk_local_account_user FOREIGN KEY (user_id) REFERENCES `user` (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Why people left (the original appended them to a JSON file in S3). No user id: the user is gone.
CREATE TABLE user_quit_reason (
    id      BIGINT        NOT NULL AUTO_INCREMENT,
    reason  VARCHAR(2000) NOT NULL,
    quit_at DATETIME(6)   NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Transactional outbox: events written in the transaction that caused them, published to Kafka by a relay.
CREATE TABLE outbox_event (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    topic      VARCHAR(255) NOT NULL,
    event_key  VARCHAR(255) NOT NULL,
    payload    BLOB         NOT NULL,
    created_at DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
