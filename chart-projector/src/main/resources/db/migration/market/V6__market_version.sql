-- The version of the market projections, which the API keys its kept chart and asset answers by: bumped by
-- each sink after a batch it wrote (bars, latest prices, corporate actions, stocks), so a corrected bar, a split
-- or a dividend arriving without a new latest price still makes every answer computed from the old data
-- unreachable. One row; each bump takes it at least to the wall clock in microseconds, so a version never comes
-- back even when this table is created afresh under a Redis that still holds answers of an earlier database.
-- Not a projection: a replay leaves it alone (and bumps it as it writes).
CREATE TABLE market_version (
    id      TINYINT NOT NULL,
    version BIGINT  NOT NULL,
    PRIMARY KEY (id)
);

INSERT INTO market_version (id, version) VALUES (1, 0);
