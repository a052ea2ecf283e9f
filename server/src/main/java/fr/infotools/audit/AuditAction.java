package fr.infotools.audit;

/**
 * The kind of change an audit row records.
 */
public enum AuditAction {

	INSERT, UPDATE, DELETE

}
