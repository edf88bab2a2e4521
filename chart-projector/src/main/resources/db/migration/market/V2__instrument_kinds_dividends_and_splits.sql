-- Indices and exchange rates are series like stocks, folded by the same topology: one table each for
-- bars and latest prices, with the series' kind beside its code. Kinds have their own code spaces, so
-- the kind is part of the key. Rows written before kinds existed are stocks.
ALTER TABLE daily_bar
    ADD COLUMN kind VARCHAR(8) NOT NULL DEFAULT 'STOCK' AFTER symbol,
    DROP PRIMARY KEY,
    ADD PRIMARY KEY (symbol, kind, trading_date);

ALTER TABLE latest_price
    ADD COLUMN kind VARCHAR(8) NOT NULL DEFAULT 'STOCK' AFTER symbol,
    DROP PRIMARY KEY,
    ADD PRIMARY KEY (symbol, kind);

-- Corporate actions, one row per natural key (symbol, ex-date); the newest observation wins.
CREATE TABLE dividend (
    symbol      VARCHAR(32)     NOT NULL,
    ex_date     DATE            NOT NULL,
    amount      DECIMAL(30, 16) NOT NULL,
    currency    VARCHAR(8)      NOT NULL,
    source      VARCHAR(32)     NOT NULL,
    observed_at DATETIME(6)     NOT NULL,
    PRIMARY KEY (symbol, ex_date)
);

CREATE TABLE split (
    symbol      VARCHAR(32) NOT NULL,
    ex_date     DATE        NOT NULL,
    numerator   INT         NOT NULL,
    denominator INT         NOT NULL,
    source      VARCHAR(32) NOT NULL,
    observed_at DATETIME(6) NOT NULL,
    PRIMARY KEY (symbol, ex_date)
);
