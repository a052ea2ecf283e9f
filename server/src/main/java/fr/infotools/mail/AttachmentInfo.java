package fr.infotools.mail;

/**
 * What a list shows of an attached file: its name, type and size, not its content.
 */
public record AttachmentInfo(long mailId, String fileName, String contentType, long sizeBytes) {

}
