-- Every login attempt, successful or not: audited, so that logins appear in the audit trail.
CREATE TABLE login_events (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    username        VARCHAR(64)  NOT NULL,
    user_id         BIGINT,
    outcome         VARCHAR(16)  NOT NULL,
    client_address  VARCHAR(64)  NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    CONSTRAINT fk_login_events_user FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT ck_login_events_outcome CHECK (outcome IN ('SUCCESS', 'BAD_CREDENTIALS', 'NO_CRM_ACCESS', 'THROTTLED'))
);
CREATE INDEX ix_login_events_user ON login_events (username, created_at);
CREATE INDEX ix_login_events_created ON login_events (created_at);
