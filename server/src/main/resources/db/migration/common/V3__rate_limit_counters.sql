-- Rate-limit and login-throttle counters shared by every server instance (store "database").
CREATE TABLE rate_limit_counters (
    bucket_key    VARCHAR(200) NOT NULL PRIMARY KEY,
    window_start  DATETIME(6)  NOT NULL,
    hits          BIGINT       NOT NULL
);
CREATE INDEX ix_rate_limit_counters_start ON rate_limit_counters (window_start);
