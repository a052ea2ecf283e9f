package fr.infotools.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash that chains each audit row to the one before it: SHA-256 over the previous
 * hash and every field of the row. Changing, removing or inserting a row breaks the chain
 * from that row on.
 */
final class AuditChain {

	static final String GENESIS = "0".repeat(64);

	private AuditChain() {
	}

	static String hash(String prevHash, long id, Instant createdAt, Long userId, String actor, String tableName,
			String rowId, AuditAction action, String changed) {
		String content = String.join("\u001f", prevHash, Long.toString(id), createdAt.toString(),
				(userId != null) ? userId.toString() : "", actor, tableName, rowId, action.name(), changed);
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(content.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String hashOf(AuditEntry entry) {
		return hash(entry.prevHash(), entry.id(), entry.createdAt(), entry.userId(), entry.actor(), entry.tableName(),
				entry.rowId(), entry.action(), entry.changed());
	}

}
