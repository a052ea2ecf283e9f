package fr.infotools.mail;

/**
 * Where a message of the outbox stands.
 */
public enum MailStatus {

	/** Waiting to be sent: first attempt, or the next one after a failure. */
	PENDING,

	/** Claimed by a sender, which holds a lease on it until it is sent or fails. */
	SENDING,

	/** Accepted by the SMTP server. */
	SENT,

	/** Every attempt failed: kept for a manager to see and retry. */
	FAILED

}
