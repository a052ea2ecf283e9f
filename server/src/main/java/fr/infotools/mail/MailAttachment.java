package fr.infotools.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import org.hibernate.Length;
import org.hibernate.annotations.Immutable;

/**
 * A file sent with a message of the outbox. Kept apart from the message so that lists of
 * messages never load the files.
 */
@Entity
@Table(name = "mail_attachments")
@Immutable
class MailAttachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private long mailId;

	@Column(nullable = false, updatable = false)
	private int attachmentNo;

	@Column(nullable = false, updatable = false)
	private String fileName;

	@Column(nullable = false, updatable = false)
	private String contentType;

	@Column(nullable = false, updatable = false)
	private long sizeBytes;

	// LONGBLOB: a length beyond 16 MB makes MariaDB's type the long one
	@Lob
	@Column(nullable = false, updatable = false, length = Length.LONG32)
	private byte[] content;

	protected MailAttachment() {
	}

	MailAttachment(long mailId, int attachmentNo, Letter.Attachment attachment) {
		this.mailId = mailId;
		this.attachmentNo = attachmentNo;
		this.fileName = attachment.fileName();
		this.contentType = attachment.contentType();
		this.content = attachment.content().clone();
		this.sizeBytes = this.content.length;
	}

	long getMailId() {
		return this.mailId;
	}

	String getFileName() {
		return this.fileName;
	}

	String getContentType() {
		return this.contentType;
	}

	byte[] getContent() {
		return this.content;
	}

}
