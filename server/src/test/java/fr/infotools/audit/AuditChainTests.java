package fr.infotools.audit;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditChainTests {

	private static final Instant AT = Instant.parse("2026-11-28T10:15:30.123456Z");

	@Test
	void theHashCoversEveryFieldAndThePreviousHash() {
		String hash = AuditChain.hash(AuditChain.GENESIS, 1, AT, 2L, "jdupont", "customers", "5", AuditAction.UPDATE,
				"{\"city\":{\"before\":\"Lyon\",\"after\":\"Lille\"}}");
		assertThat(hash).hasSize(64).matches("[0-9a-f]+");
		assertThat(AuditChain.hash(AuditChain.GENESIS, 1, AT, 2L, "jdupont", "customers", "5", AuditAction.UPDATE,
				"{\"city\":{\"before\":\"Lyon\",\"after\":\"Lille\"}}"))
			.isEqualTo(hash);
		assertThat(AuditChain.hash("1".repeat(64), 1, AT, 2L, "jdupont", "customers", "5", AuditAction.UPDATE,
				"{\"city\":{\"before\":\"Lyon\",\"after\":\"Lille\"}}"))
			.isNotEqualTo(hash);
		assertThat(AuditChain.hash(AuditChain.GENESIS, 2, AT, 2L, "jdupont", "customers", "5", AuditAction.UPDATE,
				"{\"city\":{\"before\":\"Lyon\",\"after\":\"Lille\"}}"))
			.isNotEqualTo(hash);
		assertThat(AuditChain.hash(AuditChain.GENESIS, 1, AT.plusNanos(1000), 2L, "jdupont", "customers", "5",
				AuditAction.UPDATE, "{\"city\":{\"before\":\"Lyon\",\"after\":\"Lille\"}}"))
			.isNotEqualTo(hash);
		assertThat(AuditChain.hash(AuditChain.GENESIS, 1, AT, null, "jdupont", "customers", "5", AuditAction.UPDATE,
				"{\"city\":{\"before\":\"Lyon\",\"after\":\"Lille\"}}"))
			.isNotEqualTo(hash);
		assertThat(AuditChain.hash(AuditChain.GENESIS, 1, AT, 2L, "jdupont", "customers", "5", AuditAction.DELETE,
				"{\"city\":{\"before\":\"Lyon\",\"after\":\"Lille\"}}"))
			.isNotEqualTo(hash);
		assertThat(AuditChain.hash(AuditChain.GENESIS, 1, AT, 2L, "jdupont", "customers", "5", AuditAction.UPDATE,
				"{\"city\":{\"before\":\"Lyon\",\"after\":\"Lilles\"}}"))
			.isNotEqualTo(hash);
	}

	@Test
	void anEntryIsHashedFromItsOwnFields() {
		String hash = AuditChain.hash(AuditChain.GENESIS, 1, AT, null, "anonymous", "appointment_requests", "9",
				AuditAction.INSERT, "{}");
		AuditEntry entry = new AuditEntry(1, AT, null, "anonymous", "appointment_requests", "9", AuditAction.INSERT,
				"{}", AuditChain.GENESIS, hash);
		assertThat(AuditChain.hashOf(entry)).isEqualTo(hash);
	}

}
