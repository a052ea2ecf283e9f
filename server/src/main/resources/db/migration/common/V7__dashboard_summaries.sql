-- Summaries that keep the managers' dashboard fast on millions of rows (docs/performance.md). Both are
-- maintained in the transaction of the change they count, and rebuilt from the source tables when empty
-- (first start after this migration, or a bulk load).

-- Sales by period, rep and product, signed (credit notes subtract). period_kind 'D': period is a day as
-- yyyymmdd; 'M': a month as yyyymm. sales_rep_id 0 and product_id 0 are the totals over every rep and
-- every product; the document counts are kept on the product 0 rows.
CREATE TABLE sales_summary (
    period_kind   CHAR(1)        NOT NULL,
    period        INT            NOT NULL,
    sales_rep_id  BIGINT         NOT NULL,
    product_id    BIGINT         NOT NULL,
    quantity      BIGINT         NOT NULL,
    revenue       DECIMAL(16, 2) NOT NULL,
    cost          DECIMAL(16, 2) NOT NULL,
    invoices      INT            NOT NULL,
    credit_notes  INT            NOT NULL,
    CONSTRAINT pk_sales_summary PRIMARY KEY (period_kind, sales_rep_id, period, product_id),
    CONSTRAINT ck_sales_summary_kind CHECK (period_kind IN ('D', 'M'))
);
-- every rep's figures of one product (or of product 0) over a period
CREATE INDEX ix_sales_summary_product ON sales_summary (period_kind, product_id, period, sales_rep_id);

-- Appointments by day (period_kind 'D', yyyymmdd) and month ('M', yyyymm) of their start in Paris time, rep
-- and status.
CREATE TABLE appointment_summary (
    period_kind   CHAR(1)      NOT NULL,
    period        INT          NOT NULL,
    sales_rep_id  BIGINT       NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    appointments  INT          NOT NULL,
    CONSTRAINT pk_appointment_summary PRIMARY KEY (period_kind, period, sales_rep_id, status),
    CONSTRAINT ck_appointment_summary_kind CHECK (period_kind IN ('D', 'M'))
);

-- the dashboard's other counts: invoices not (yet) paid in a period, conversions, prospects
CREATE INDEX ix_invoices_status_date ON invoices (status, issue_date);
CREATE INDEX ix_customers_converted ON customers (converted_at);
CREATE INDEX ix_customers_type_created ON customers (type, created_at);
