-- InfoTools data model. Runs unchanged on H2 (MODE=MariaDB) and MariaDB 10.11.
-- Instants are stored as UTC in DATETIME(6); money as DECIMAL with two decimals (euros).

CREATE TABLE users (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    username         VARCHAR(64)  NOT NULL,
    display_name     VARCHAR(128) NOT NULL,
    email            VARCHAR(254),
    role             VARCHAR(16)  NOT NULL,
    active           BOOLEAN      NOT NULL DEFAULT TRUE,
    reminder_minutes INT          NOT NULL DEFAULT 30,
    calendar_token   VARCHAR(64),
    last_login_at    DATETIME(6),
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_users_username UNIQUE (username),
    CONSTRAINT uk_users_calendar_token UNIQUE (calendar_token),
    CONSTRAINT ck_users_role CHECK (role IN ('MANAGER', 'SALES')),
    CONSTRAINT ck_users_reminder CHECK (reminder_minutes IN (15, 30, 60))
);

CREATE TABLE customers (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    type          VARCHAR(16)  NOT NULL,
    company_name  VARCHAR(160) NOT NULL,
    siren         VARCHAR(9),
    email         VARCHAR(254),
    phone         VARCHAR(32),
    address_line  VARCHAR(200),
    postal_code   VARCHAR(10),
    city          VARCHAR(100),
    country       VARCHAR(2)   NOT NULL DEFAULT 'FR',
    notes         VARCHAR(4000),
    owner_id      BIGINT       NOT NULL,
    converted_at  DATETIME(6),
    created_at    DATETIME(6)  NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_customers_owner FOREIGN KEY (owner_id) REFERENCES users (id),
    CONSTRAINT ck_customers_type CHECK (type IN ('PROSPECT', 'CUSTOMER'))
);
-- a rep's customers by name; name search for managers; city filter; matching a website requester by e-mail
CREATE INDEX ix_customers_owner_name ON customers (owner_id, company_name);
CREATE INDEX ix_customers_name ON customers (company_name);
CREATE INDEX ix_customers_city ON customers (city);
CREATE INDEX ix_customers_email ON customers (email);

CREATE TABLE contacts (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    customer_id  BIGINT       NOT NULL,
    first_name   VARCHAR(80)  NOT NULL,
    last_name    VARCHAR(80)  NOT NULL,
    job_title    VARCHAR(120),
    email        VARCHAR(254),
    phone        VARCHAR(32),
    created_at   DATETIME(6)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_contacts_customer FOREIGN KEY (customer_id) REFERENCES customers (id)
);
CREATE INDEX ix_contacts_customer ON contacts (customer_id, last_name);

CREATE TABLE products (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    sku                 VARCHAR(32)   NOT NULL,
    name                VARCHAR(160)  NOT NULL,
    description         VARCHAR(4000),
    category            VARCHAR(32)   NOT NULL,
    unit_price_excl_vat DECIMAL(12, 2) NOT NULL,
    purchase_cost       DECIMAL(12, 2) NOT NULL,
    vat_rate            DECIMAL(5, 2) NOT NULL,
    featured            BOOLEAN       NOT NULL DEFAULT FALSE,
    active              BOOLEAN       NOT NULL DEFAULT TRUE,
    stock_managed       BOOLEAN       NOT NULL DEFAULT TRUE,
    reorder_level       INT           NOT NULL DEFAULT 0,
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_products_sku UNIQUE (sku),
    CONSTRAINT ck_products_price CHECK (unit_price_excl_vat >= 0 AND purchase_cost >= 0),
    CONSTRAINT ck_products_vat CHECK (vat_rate IN (20.00, 10.00, 5.50, 2.10, 0.00)),
    CONSTRAINT ck_products_reorder CHECK (reorder_level >= 0)
);
CREATE INDEX ix_products_category ON products (category, name);
CREATE INDEX ix_products_public ON products (active, featured);

CREATE TABLE stock_levels (
    product_id  BIGINT      NOT NULL PRIMARY KEY,
    quantity    INT         NOT NULL,
    updated_at  DATETIME(6) NOT NULL,
    CONSTRAINT fk_stock_levels_product FOREIGN KEY (product_id) REFERENCES products (id) ON DELETE CASCADE,
    CONSTRAINT ck_stock_levels_not_negative CHECK (quantity >= 0)
);

CREATE TABLE stock_movements (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    product_id  BIGINT       NOT NULL,
    quantity    INT          NOT NULL,
    reason      VARCHAR(16)  NOT NULL,
    reference   VARCHAR(64),
    comment     VARCHAR(500),
    user_id     BIGINT,
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT fk_stock_movements_product FOREIGN KEY (product_id) REFERENCES products (id),
    CONSTRAINT fk_stock_movements_user FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT ck_stock_movements_quantity CHECK (quantity <> 0),
    CONSTRAINT ck_stock_movements_reason CHECK (reason IN ('RESTOCK', 'ADJUSTMENT', 'SALE', 'RETURN'))
);
CREATE INDEX ix_stock_movements_product ON stock_movements (product_id, created_at);

CREATE TABLE appointment_requests (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    status           VARCHAR(16)   NOT NULL,
    requester_name   VARCHAR(120)  NOT NULL,
    company_name     VARCHAR(160),
    email            VARCHAR(254)  NOT NULL,
    phone            VARCHAR(32),
    subject          VARCHAR(200)  NOT NULL,
    product_id       BIGINT,
    message          VARCHAR(4000),
    preferred_slots  VARCHAR(500),
    consent          BOOLEAN       NOT NULL,
    decided_by       BIGINT,
    assigned_to      BIGINT,
    customer_id      BIGINT,
    decided_at       DATETIME(6),
    rejection_reason VARCHAR(500),
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_requests_product FOREIGN KEY (product_id) REFERENCES products (id),
    CONSTRAINT fk_requests_decided_by FOREIGN KEY (decided_by) REFERENCES users (id),
    CONSTRAINT fk_requests_assigned_to FOREIGN KEY (assigned_to) REFERENCES users (id),
    CONSTRAINT fk_requests_customer FOREIGN KEY (customer_id) REFERENCES customers (id),
    CONSTRAINT ck_requests_status CHECK (status IN ('NEW', 'ASSIGNED', 'REJECTED')),
    CONSTRAINT ck_requests_consent CHECK (consent = TRUE)
);
CREATE INDEX ix_requests_status ON appointment_requests (status, created_at);

CREATE TABLE appointments (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    sales_rep_id  BIGINT        NOT NULL,
    customer_id   BIGINT        NOT NULL,
    contact_id    BIGINT,
    request_id    BIGINT,
    start_at      DATETIME(6)   NOT NULL,
    end_at        DATETIME(6)   NOT NULL,
    place         VARCHAR(200),
    subject       VARCHAR(200)  NOT NULL,
    notes         VARCHAR(4000),
    status        VARCHAR(16)   NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_appointments_rep FOREIGN KEY (sales_rep_id) REFERENCES users (id),
    CONSTRAINT fk_appointments_customer FOREIGN KEY (customer_id) REFERENCES customers (id),
    CONSTRAINT fk_appointments_contact FOREIGN KEY (contact_id) REFERENCES contacts (id),
    CONSTRAINT fk_appointments_request FOREIGN KEY (request_id) REFERENCES appointment_requests (id),
    CONSTRAINT ck_appointments_period CHECK (end_at > start_at),
    CONSTRAINT ck_appointments_status CHECK (status IN ('PLANNED', 'DONE', 'CANCELLED'))
);
-- a rep's upcoming appointments (and overlap checks); a customer's appointments
CREATE INDEX ix_appointments_rep_start ON appointments (sales_rep_id, start_at);
CREATE INDEX ix_appointments_customer_start ON appointments (customer_id, start_at);
CREATE INDEX ix_appointments_start ON appointments (start_at);

CREATE TABLE invoices (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind                VARCHAR(16)    NOT NULL,
    number              VARCHAR(16),
    status              VARCHAR(16)    NOT NULL,
    customer_id         BIGINT         NOT NULL,
    sales_rep_id        BIGINT         NOT NULL,
    credited_invoice_id BIGINT,
    issue_date          DATE,
    due_date            DATE,
    payment_terms_days  INT            NOT NULL DEFAULT 30,
    total_excl_vat      DECIMAL(14, 2) NOT NULL DEFAULT 0,
    total_vat           DECIMAL(14, 2) NOT NULL DEFAULT 0,
    total_incl_vat      DECIMAL(14, 2) NOT NULL DEFAULT 0,
    total_cost          DECIMAL(14, 2) NOT NULL DEFAULT 0,
    amount_paid         DECIMAL(14, 2) NOT NULL DEFAULT 0,
    amount_credited     DECIMAL(14, 2) NOT NULL DEFAULT 0,
    notes               VARCHAR(2000),
    issued_at           DATETIME(6),
    created_at          DATETIME(6)    NOT NULL,
    updated_at          DATETIME(6)    NOT NULL,
    version             BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT uk_invoices_number UNIQUE (number),
    CONSTRAINT fk_invoices_customer FOREIGN KEY (customer_id) REFERENCES customers (id),
    CONSTRAINT fk_invoices_rep FOREIGN KEY (sales_rep_id) REFERENCES users (id),
    CONSTRAINT fk_invoices_credited FOREIGN KEY (credited_invoice_id) REFERENCES invoices (id),
    CONSTRAINT ck_invoices_kind CHECK (kind IN ('INVOICE', 'CREDIT_NOTE')),
    CONSTRAINT ck_invoices_status CHECK (status IN ('DRAFT', 'ISSUED', 'PARTIALLY_PAID', 'PAID', 'CREDITED')),
    CONSTRAINT ck_invoices_terms CHECK (payment_terms_days BETWEEN 0 AND 60)
);
-- a customer's invoices; invoices by month (statistics); open invoices by due date (overdue)
CREATE INDEX ix_invoices_customer_date ON invoices (customer_id, issue_date);
CREATE INDEX ix_invoices_issue_date ON invoices (issue_date, status);
CREATE INDEX ix_invoices_status_due ON invoices (status, due_date);
CREATE INDEX ix_invoices_rep_date ON invoices (sales_rep_id, issue_date);

CREATE TABLE invoice_lines (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    invoice_id          BIGINT         NOT NULL,
    line_no             INT            NOT NULL,
    product_id          BIGINT         NOT NULL,
    description         VARCHAR(300)   NOT NULL,
    quantity            INT            NOT NULL,
    unit_price_excl_vat DECIMAL(12, 2) NOT NULL,
    discount_percent    DECIMAL(5, 2)  NOT NULL DEFAULT 0,
    vat_rate            DECIMAL(5, 2)  NOT NULL,
    unit_cost           DECIMAL(12, 2) NOT NULL,
    net_amount          DECIMAL(14, 2) NOT NULL,
    created_at          DATETIME(6)    NOT NULL,
    updated_at          DATETIME(6)    NOT NULL,
    version             BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_invoice_lines_invoice FOREIGN KEY (invoice_id) REFERENCES invoices (id),
    CONSTRAINT fk_invoice_lines_product FOREIGN KEY (product_id) REFERENCES products (id),
    CONSTRAINT uk_invoice_lines_no UNIQUE (invoice_id, line_no),
    CONSTRAINT ck_invoice_lines_quantity CHECK (quantity <> 0),
    CONSTRAINT ck_invoice_lines_discount CHECK (discount_percent BETWEEN 0 AND 100)
);
CREATE INDEX ix_invoice_lines_product ON invoice_lines (product_id);

CREATE TABLE payments (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    invoice_id  BIGINT         NOT NULL,
    amount      DECIMAL(14, 2) NOT NULL,
    paid_on     DATE           NOT NULL,
    method      VARCHAR(16)    NOT NULL,
    reference   VARCHAR(64),
    created_at  DATETIME(6)    NOT NULL,
    CONSTRAINT fk_payments_invoice FOREIGN KEY (invoice_id) REFERENCES invoices (id),
    CONSTRAINT ck_payments_amount CHECK (amount > 0),
    CONSTRAINT ck_payments_method CHECK (method IN ('TRANSFER', 'CARD', 'CHEQUE', 'CASH'))
);
CREATE INDEX ix_payments_invoice ON payments (invoice_id);

-- One row per numbering series and year (FA-2026, AV-2026): locked while a number is taken, so numbers
-- are unique and gap-free under concurrency.
CREATE TABLE document_sequences (
    series      VARCHAR(8) NOT NULL PRIMARY KEY,
    last_value  INT        NOT NULL
);

-- API sessions: one per login of a desktop or mobile client; refresh tokens rotate inside it.
CREATE TABLE auth_sessions (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    user_id     BIGINT       NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    expires_at  DATETIME(6)  NOT NULL,
    revoked_at  DATETIME(6),
    CONSTRAINT fk_auth_sessions_user FOREIGN KEY (user_id) REFERENCES users (id)
);
CREATE INDEX ix_auth_sessions_user ON auth_sessions (user_id);

CREATE TABLE refresh_tokens (
    token_hash  VARCHAR(64)  NOT NULL PRIMARY KEY,
    session_id  VARCHAR(36)  NOT NULL,
    issued_at   DATETIME(6)  NOT NULL,
    expires_at  DATETIME(6)  NOT NULL,
    used_at     DATETIME(6),
    CONSTRAINT fk_refresh_tokens_session FOREIGN KEY (session_id) REFERENCES auth_sessions (id)
);
CREATE INDEX ix_refresh_tokens_session ON refresh_tokens (session_id);

-- Audit trail: append-only, hash-chained. The id is taken from audit_chain_head under a row lock,
-- so ids are gap-free and each row's prev_hash is the hash of the row before it.
CREATE TABLE audit_log (
    id          BIGINT       NOT NULL PRIMARY KEY,
    created_at  DATETIME(6)  NOT NULL,
    user_id     BIGINT,
    actor       VARCHAR(64)  NOT NULL,
    table_name  VARCHAR(64)  NOT NULL,
    row_id      VARCHAR(64)  NOT NULL,
    action      VARCHAR(8)   NOT NULL,
    changed     LONGTEXT     NOT NULL,
    prev_hash   VARCHAR(64)  NOT NULL,
    hash        VARCHAR(64)  NOT NULL,
    CONSTRAINT ck_audit_action CHECK (action IN ('INSERT', 'UPDATE', 'DELETE'))
);
CREATE INDEX ix_audit_table_row ON audit_log (table_name, row_id, created_at);
CREATE INDEX ix_audit_user ON audit_log (user_id, created_at);
CREATE INDEX ix_audit_created ON audit_log (created_at);
CREATE INDEX ix_audit_action ON audit_log (action, table_name, created_at);

CREATE TABLE audit_chain_head (
    id         INT          NOT NULL PRIMARY KEY,
    last_id    BIGINT       NOT NULL,
    last_hash  VARCHAR(64)  NOT NULL
);
INSERT INTO audit_chain_head (id, last_id, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
