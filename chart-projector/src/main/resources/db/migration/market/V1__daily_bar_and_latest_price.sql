-- The projector's market schema. Prices are exact decimals as the source gave them (up to 16
-- decimals: split-adjusted history has tiny prices); the API strips trailing zeros when serving.
CREATE TABLE daily_bar (
    symbol          VARCHAR(32)    NOT NULL,
    trading_date    DATE           NOT NULL,
    currency        VARCHAR(8)     NOT NULL,
    open_price      DECIMAL(30, 16) NOT NULL,
    high_price      DECIMAL(30, 16) NOT NULL,
    low_price       DECIMAL(30, 16) NOT NULL,
    close_price     DECIMAL(30, 16) NOT NULL,
    adj_close_price DECIMAL(30, 16) NOT NULL,
    volume          BIGINT         NOT NULL,
    source          VARCHAR(32)    NOT NULL,
    observed_at     DATETIME(6)    NOT NULL,
    PRIMARY KEY (symbol, trading_date)
);

CREATE TABLE latest_price (
    symbol             VARCHAR(32)    NOT NULL,
    price              DECIMAL(30, 16) NOT NULL,
    currency           VARCHAR(8)     NOT NULL,
    trading_date       DATE           NOT NULL,
    exchange_time_zone VARCHAR(64)    NOT NULL,
    source             VARCHAR(32)    NOT NULL,
    observed_at        DATETIME(6)    NOT NULL,
    PRIMARY KEY (symbol)
);
