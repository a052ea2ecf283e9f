package fr.infotools.desktop.api.model;

/** What an audit row records. */
public enum AuditAction {

	INSERT, UPDATE, DELETE

}
