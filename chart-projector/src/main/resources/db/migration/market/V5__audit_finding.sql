-- What the completeness audit last published per market and trading day (market.data-gaps.v2), so that an
-- unchanged finding is not published again and a filled gap is resolved with the digest it reported. Written
-- after the broker acknowledged the finding. Not a projection: a replay of the market topics leaves it alone.
CREATE TABLE audit_finding (
    market         VARCHAR(16) NOT NULL,
    trading_day    DATE        NOT NULL,
    status         VARCHAR(16) NOT NULL,
    content_digest CHAR(64)    NOT NULL,
    detected_at    DATETIME(6) NOT NULL,
    PRIMARY KEY (market, trading_day)
);
