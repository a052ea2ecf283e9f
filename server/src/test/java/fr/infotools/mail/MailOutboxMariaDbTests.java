package fr.infotools.mail;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import fr.infotools.testsupport.IntegrationTest;
import fr.infotools.testsupport.MutableClock;
import fr.infotools.testsupport.ThrowawayMariaDb;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox on a real MariaDB (its tables, LONGTEXT and LONGBLOB columns, and InnoDB row
 * locks under the claims): three senders racing over one batch each send distinct
 * messages, every message exactly once, by real SMTP.
 */
@ExtendWith(ThrowawayMariaDb.class)
@IntegrationTest
@DirtiesContext
@Tag("mariadb")
class MailOutboxMariaDbTests {

	static final int SMTP_PORT = freePort();

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", ThrowawayMariaDb::url);
		registry.add("spring.datasource.username", ThrowawayMariaDb::user);
		registry.add("spring.datasource.password", ThrowawayMariaDb::password);
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
		registry.add("infotools.mail.mode", () -> "smtp");
		registry.add("infotools.mail.poll-interval", () -> "1h");
		registry.add("infotools.mail.batch-size", () -> "100");
	}

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	MailOutbox outbox;

	@Autowired
	MailMessageRepository messages;

	@Autowired
	MailAttachmentRepository attachments;

	@Autowired
	JavaMailSender mailSender;

	@Autowired
	MailProperties properties;

	@Test
	void threeSendersOnMariaDbSendEveryMessageExactlyOnce() throws Exception {
		assertThat(this.jdbc.sql("SELECT VERSION()").query(String.class).single()).containsIgnoringCase("mariadb");
		// the demo data's messages first
		sender("drain", new MutableClock(Instant.now().plusSeconds(1))).deliverDue();
		int before = smtp.getReceivedMessages().length;

		List<String> recipients = new ArrayList<>();
		for (int i = 0; i < 45; i++) {
			recipients.add("lot" + i + "-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr");
			enqueue(recipients.get(i), i);
		}
		MutableClock clock = new MutableClock(Instant.now().plusSeconds(1));
		List<OutboxSender> senders = List.of(sender("a", clock), sender("b", clock), sender("c", clock));
		CyclicBarrier start = new CyclicBarrier(senders.size());
		ExecutorService threads = Executors.newFixedThreadPool(senders.size());
		int total = 0;
		try {
			List<Future<Integer>> sent = new ArrayList<>();
			for (OutboxSender sender : senders) {
				sent.add(threads.submit(() -> {
					start.await();
					return sender.deliverDue();
				}));
			}
			List<Integer> counts = new ArrayList<>();
			for (Future<Integer> count : sent) {
				counts.add(count.get(120, TimeUnit.SECONDS));
			}
			System.out.println("Three senders on MariaDB sent " + counts);
			total = counts.stream().mapToInt(Integer::intValue).sum();
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(total).isEqualTo(45);
		assertThat(smtp.getReceivedMessages()).hasSize(before + 45);
		Set<String> messageIds = new HashSet<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			String to = message.getAllRecipients()[0].toString();
			if (recipients.contains(to)) {
				messageIds.add(message.getHeader("Message-ID")[0]);
			}
		}
		assertThat(messageIds).hasSize(45);
		assertThat(this.jdbc
			.sql("SELECT COUNT(*) FROM mail_outbox WHERE status = 'SENT' AND attempts = 1 AND lease_owner IS NULL")
			.query(Long.class)
			.single()).isEqualTo(this.jdbc.sql("SELECT COUNT(*) FROM mail_outbox").query(Long.class).single());
		byte[] stored = this.jdbc.sql("SELECT content FROM mail_attachments WHERE file_name = 'gros.bin'")
			.query(byte[].class)
			.single();
		assertThat(stored).hasSize(3 * 1024 * 1024);
	}

	private OutboxSender sender(String name, MutableClock clock) {
		return new OutboxSender(this.jdbc, this.transactionManager, this.messages, this.attachments, this.mailSender,
				this.properties, clock, name);
	}

	private void enqueue(String to, int i) {
		Map<String, Object> model = new HashMap<>();
		model.put("name", "Lot " + i);
		model.put("subject", "Lot " + i);
		model.put("submittedOn", "mardi 10 mars 2026");
		// one message carries a 3 MB file: more than a BLOB (64 KB) holds
		List<Letter.Attachment> files = (i == 0)
				? List.of(new Letter.Attachment("gros.bin", "application/octet-stream", new byte[3 * 1024 * 1024]))
				: List.of();
		new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> this.outbox
			.enqueue(new Letter("request-received", List.of(to), null, List.of("Lot " + i), model, files)));
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
