-- The symbol universe as the ingestor publishes it (market.symbols.v1), one row per code: the
-- original's `stock` table plus the Yahoo ticker. The code is the key (no surrogate id), so a
-- replay rebuilds the same rows; it compares exactly (binary), the names case-insensitively.
CREATE TABLE stock (
    code         VARCHAR(32)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    name_kr      VARCHAR(255) NOT NULL,
    name_en      VARCHAR(255) NOT NULL,
    country      VARCHAR(255) NOT NULL,
    market_index VARCHAR(255) NOT NULL,
    yahoo_ticker VARCHAR(64)  NOT NULL,
    source       VARCHAR(255) NOT NULL,
    observed_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (code),
    KEY idx_stock_country (country)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
