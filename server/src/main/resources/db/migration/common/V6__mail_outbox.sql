-- The mail outbox (docs/mail.md): every e-mail the server sends is first written here, in the transaction of
-- the action that causes it, then delivered by SMTP by a background sender that claims each message with a
-- lease, so that several instances never send the same one. A message that keeps failing ends FAILED,
-- visible to managers; none is ever deleted by the sender.
CREATE TABLE mail_outbox (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    template         VARCHAR(64)   NOT NULL,
    recipients       VARCHAR(2600) NOT NULL,
    reply_to         VARCHAR(254),
    subject          VARCHAR(300)  NOT NULL,
    text_body        LONGTEXT      NOT NULL,
    html_body        LONGTEXT      NOT NULL,
    message_id       VARCHAR(200)  NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    attempts         INT           NOT NULL DEFAULT 0,
    next_attempt_at  DATETIME(6)   NOT NULL,
    lease_owner      VARCHAR(100),
    lease_until      DATETIME(6),
    last_error       VARCHAR(1000),
    sent_at          DATETIME(6),
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_mail_outbox_message_id UNIQUE (message_id),
    CONSTRAINT ck_mail_outbox_status CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED'))
);
-- what the sender looks for: messages due, and claims whose lease ran out
CREATE INDEX ix_mail_outbox_due ON mail_outbox (status, next_attempt_at);
CREATE INDEX ix_mail_outbox_lease ON mail_outbox (status, lease_until);
CREATE INDEX ix_mail_outbox_created ON mail_outbox (created_at);

CREATE TABLE mail_attachments (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    mail_id        BIGINT        NOT NULL,
    attachment_no  INT           NOT NULL,
    file_name      VARCHAR(200)  NOT NULL,
    content_type   VARCHAR(100)  NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    content        LONGBLOB      NOT NULL,
    CONSTRAINT fk_mail_attachments_mail FOREIGN KEY (mail_id) REFERENCES mail_outbox (id),
    CONSTRAINT uk_mail_attachments_no UNIQUE (mail_id, attachment_no)
);

-- Statistics reports sent by e-mail (audited: who sent which period to whom)
CREATE TABLE report_sendings (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    period_from   DATE          NOT NULL,
    period_to     DATE          NOT NULL,
    sales_rep_id  BIGINT,
    recipients    VARCHAR(2600) NOT NULL,
    mail_id       BIGINT        NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_report_sendings_rep FOREIGN KEY (sales_rep_id) REFERENCES users (id),
    CONSTRAINT fk_report_sendings_mail FOREIGN KEY (mail_id) REFERENCES mail_outbox (id)
);
CREATE INDEX ix_report_sendings_created ON report_sendings (created_at);
