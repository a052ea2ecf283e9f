-- The audit trail is append-only: the embedded database refuses to change or remove a row too.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW
    CALL 'fr.infotools.audit.AppendOnlyTrigger';

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log FOR EACH ROW
    CALL 'fr.infotools.audit.AppendOnlyTrigger';
