-- The dashboard's unpaid, overdue and open amounts of a period: read from this index alone (the invoices
-- not yet settled of the last twelve months, some tens of thousands at reference scale, are no longer
-- each looked up in the table: 145 ms -> 40 ms on MariaDB).
CREATE INDEX ix_invoices_open_amounts
    ON invoices (kind, status, issue_date, due_date, sales_rep_id, total_incl_vat, amount_paid, amount_credited);
