-- A user's portfolio (spec section 7's asset, asset_stock, asset_field and user_event_consent, fixed):
-- MariaDB and MySQL 8 both run it. Every row belongs to a user and goes with them (ON DELETE CASCADE):
-- deleting an account leaves nothing of its portfolio (the original's consent rows blocked it, Q15).

-- One line of the user's asset table: a trade (the original's asset + asset_stock, one row instead of two)
-- or a cash flow. Stored as traded: quantity and price as on the trade date, never split-adjusted.
-- Every column but the kind may stay empty: an incomplete line is a draft of the user's table, shown and
-- left out of every calculation. Deleting a line removes it (no soft delete: nothing reads deleted lines).
CREATE TABLE asset_line (
    id                     BIGINT         NOT NULL AUTO_INCREMENT,
    user_id                BIGINT         NOT NULL,
    -- TRADE (a buy or sell of stock_code), DEPOSIT, WITHDRAWAL, DIVIDEND (received), TAX (paid)
    kind                   VARCHAR(16)    NOT NULL DEFAULT 'TRADE',
    stock_code             VARCHAR(32)    CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    trade_date             DATE           NULL,
    -- BUY or SELL (the wire's 매수, 매도)
    trade                  VARCHAR(4)     NULL,
    -- Fractional shares are common for US stocks; the original's API took whole numbers only.
    quantity               DECIMAL(20, 8) NULL,
    -- Per share for a trade, the whole amount for a cash flow, in purchase_currency_type.
    trade_price            DECIMAL(30, 10) NULL,
    purchase_currency_type VARCHAR(3)     NULL,
    account_type           VARCHAR(32)    NULL,
    investment_bank        VARCHAR(32)    NULL,
    fee                    DECIMAL(30, 10) NULL,
    memo                   VARCHAR(1000)  NULL,
    created_at             DATETIME(6)    NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at             DATETIME(6)    NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    KEY idx_asset_line_user_stock (user_id, stock_code),
    CONSTRAINT fk_asset_line_user FOREIGN KEY (user_id) REFERENCES `user` (id) ON DELETE CASCADE,
    CONSTRAINT ck_asset_line_kind CHECK (kind IN ('TRADE', 'DEPOSIT', 'WITHDRAWAL', 'DIVIDEND', 'TAX')),
    CONSTRAINT ck_asset_line_trade CHECK (trade IS NULL OR trade IN ('BUY', 'SELL')),
    CONSTRAINT ck_asset_line_currency CHECK (purchase_currency_type IS NULL OR purchase_currency_type IN ('KRW', 'USD'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The columns a user shows in the asset table, in order: a JSON array of the Korean column names.
CREATE TABLE asset_field (
    user_id          BIGINT        NOT NULL,
    field_preference VARCHAR(2000) NOT NULL,
    updated_at       DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    PRIMARY KEY (user_id),
    CONSTRAINT fk_asset_field_user FOREIGN KEY (user_id) REFERENCES `user` (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A user's consent to an event (the original's event_id "1": sharing the portfolio), one row per pair.
CREATE TABLE user_event_consent (
    user_id    BIGINT      NOT NULL,
    event_id   VARCHAR(64) NOT NULL,
    consent    BOOLEAN     NOT NULL DEFAULT FALSE,
    updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    PRIMARY KEY (user_id, event_id),
    CONSTRAINT fk_user_event_consent_user FOREIGN KEY (user_id) REFERENCES `user` (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
