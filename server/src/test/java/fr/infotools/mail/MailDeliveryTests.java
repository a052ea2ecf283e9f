package fr.infotools.mail;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import fr.infotools.testsupport.Api;
import fr.infotools.testsupport.DemoAccounts;
import fr.infotools.testsupport.IntegrationTest;
import fr.infotools.testsupport.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Delivery of the outbox by real SMTP to an in-process server (GreenMail), on a server in
 * {@code smtp} mode: messages arrive with their HTML and text bodies, attachment and
 * fixed Message-ID; a message is tried again later after the SMTP server was down, marked
 * failed after the last attempt and never dropped; two senders on one database never send
 * the same message twice, and a sender that dies holding a message leaves it to another
 * once its lease runs out. The senders of these tests run on a clock of their own; the
 * server's background sender is there too (its rounds are an hour apart here).
 */
@IntegrationTest
@TestPropertySource(properties = { "infotools.mail.mode=smtp", "spring.mail.host=127.0.0.1",
		"infotools.mail.poll-interval=1h", "infotools.mail.batch-size=100", "infotools.mail.retry.max-attempts=3",
		"infotools.mail.retry.initial-delay=1m", "infotools.mail.retry.max-delay=10m" })
class MailDeliveryTests {

	static final int SMTP_PORT = freePort();

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void smtpPort(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	@LocalServerPort
	int port;

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

	@Autowired
	OutboxSchedule schedule;

	MutableClock clock;

	@BeforeEach
	void setUp() {
		if (!smtp.isRunning()) {
			smtp.start();
		}
		// ahead of the server's clock, so that what a test writes is due at once
		this.clock = new MutableClock(Instant.now().plus(Duration.ofMinutes(2)));
		// what earlier tests or the demo data left pending goes first, so that each test
		// counts only its own messages
		sender("drain").deliverDue();
	}

	@Test
	void theBackgroundSenderDeliversHtmlAndTextWithTheAttachmentAndAFixedMessageId() throws Exception {
		String to = unique("destinataire");
		long id = enqueue(to, "Anne <b>Roy</b> & Fils", true);
		assertThat(this.schedule.isRunning()).isTrue();
		this.schedule.poll();

		MimeMessage received = only(to);
		MailMessage sent = this.messages.findById(id).orElseThrow();
		assertThat(sent.getStatus()).isEqualTo(MailStatus.SENT);
		assertThat(sent.getSentAt()).isNotNull();
		assertThat(sent.getAttempts()).isEqualTo(1);
		assertThat(sent.getLeaseOwner()).isNull();
		assertThat(received.getHeader("Message-ID")[0]).isEqualTo(sent.getMessageId());
		assertThat(received.getFrom()[0].toString()).isEqualTo("InfoTools <no-reply@infotools.example>");
		assertThat(received.getSubject()).isEqualTo("Votre demande de rendez-vous « Devis & co » a bien été reçue");
		Map<String, String> parts = new HashMap<>();
		collect(received, parts);
		assertThat(parts).containsKeys("text/plain", "text/html", "application/pdf");
		assertThat(parts.get("text/plain")).contains("Bonjour Anne <b>Roy</b> & Fils,");
		assertThat(parts.get("text/html")).contains("Anne &lt;b&gt;Roy&lt;/b&gt; &amp; Fils")
			.doesNotContain("<b>Roy</b>");
		assertThat(parts.get("application/pdf")).isEqualTo("%PDF-1.4 fictif");
	}

	@Test
	void aMessageIsTriedAgainAfterTheServerWasDownThenSentOnce() throws Exception {
		String to = unique("patient");
		smtp.stop();
		long id = enqueue(to, "Paul", false);
		OutboxSender sender = sender("a");
		assertThat(sender.deliverDue()).isZero();
		Map<String, Object> row = row(id);
		assertThat(row).containsEntry("status", "PENDING").containsEntry("attempts", 1);
		assertThat((String) row.get("last_error")).isNotBlank();
		assertThat(row.get("lease_owner")).isNull();

		smtp.start();
		assertThat(sender.deliverDue()).as("not due before its backoff").isZero();
		this.clock.advance(Duration.ofSeconds(61));
		assertThat(sender.deliverDue()).isEqualTo(1);
		assertThat(sender.deliverDue()).isZero();
		assertThat(row(id)).containsEntry("status", "SENT").containsEntry("attempts", 2);
		only(to);
	}

	@Test
	void aMessageThatKeepsFailingIsMarkedFailedKeptAndCanBeRetried() throws Exception {
		String to = unique("obstine");
		smtp.stop();
		long id = enqueue(to, "Léa", false);
		OutboxSender sender = sender("a");
		sender.deliverDue();
		// backoff: 1 min, then 2 min; the third failure is the last
		this.clock.advance(Duration.ofSeconds(61));
		sender.deliverDue();
		assertThat(row(id)).containsEntry("status", "PENDING").containsEntry("attempts", 2);
		this.clock.advance(Duration.ofSeconds(121));
		sender.deliverDue();
		assertThat(row(id)).containsEntry("status", "FAILED").containsEntry("attempts", 3);
		this.clock.advance(Duration.ofDays(1));
		smtp.start();
		assertThat(sender.deliverDue()).as("a failed message waits for a manager").isZero();

		Api api = new Api(this.port);
		String manager = api.login(DemoAccounts.MANAGER).access();
		Api.Response failed = api.get("/api/v1/mail/messages?status=FAILED", manager);
		assertThat(failed.json().get("items")).anySatisfy((message) -> {
			assertThat(message.get("id").asLong()).isEqualTo(id);
			assertThat(message.get("delivered").asBoolean()).isTrue();
			assertThat(message.get("lastError").asString()).isNotBlank();
		});
		assertThat(api.post("/api/v1/mail/messages/" + id + "/retry", null, manager).status()).isEqualTo(200);
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(sender.deliverDue()).isEqualTo(1);
		assertThat(row(id)).containsEntry("status", "SENT").containsEntry("attempts", 1);
		only(to);
	}

	@Test
	void twoSendersOnOneDatabaseNeverSendTheSameMessageTwice() throws Exception {
		List<String> recipients = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			recipients.add(unique("lot" + i));
			enqueue(recipients.get(i), "Lot " + i, false);
		}
		OutboxSender a = sender("a");
		OutboxSender b = sender("b");
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			Future<Integer> sentByA = threads.submit(() -> {
				start.await();
				return a.deliverDue();
			});
			Future<Integer> sentByB = threads.submit(() -> {
				start.await();
				return b.deliverDue();
			});
			int byA = sentByA.get(60, TimeUnit.SECONDS);
			int byB = sentByB.get(60, TimeUnit.SECONDS);
			System.out.println("Two senders: a sent " + byA + ", b sent " + byB);
			assertThat(byA + byB).isEqualTo(40);
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(a.deliverDue() + b.deliverDue()).isZero();
		Set<String> messageIds = new HashSet<>();
		for (String to : recipients) {
			messageIds.add(only(to).getHeader("Message-ID")[0]);
		}
		assertThat(messageIds).hasSize(40);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE status <> 'SENT'").query(Long.class).single())
			.isZero();
	}

	@Test
	void aMessageHeldByADeadSenderIsTakenByAnotherOnceItsLeaseRunsOut() throws Exception {
		String to = unique("orphelin");
		long id = enqueue(to, "Marc", false);
		OutboxSender dead = sender("dead");
		OutboxSender alive = sender("alive");
		assertThat(dead.claim(id)).isTrue();
		assertThat(alive.claim(id)).isFalse();
		assertThat(alive.deliverDue()).isZero();
		this.clock.advance(this.properties.lease().plusSeconds(1));
		assertThat(alive.deliverDue()).isEqualTo(1);
		assertThat(row(id)).containsEntry("status", "SENT").containsEntry("attempts", 2);
		// the dead sender comes back: the message is no longer its own to deliver
		assertThat(dead.claim(id)).isFalse();
		only(to);
	}

	private OutboxSender sender(String name) {
		return new OutboxSender(this.jdbc, this.transactionManager, this.messages, this.attachments, this.mailSender,
				this.properties, this.clock, name);
	}

	private long enqueue(String to, String name, boolean attachment) {
		Map<String, Object> model = new HashMap<>();
		model.put("name", name);
		model.put("subject", "Devis & co");
		model.put("submittedOn", "mardi 10 mars 2026");
		List<Letter.Attachment> files = attachment ? List.of(new Letter.Attachment("devis.pdf", "application/pdf",
				"%PDF-1.4 fictif".getBytes(StandardCharsets.US_ASCII))) : List.of();
		return new TransactionTemplate(this.transactionManager).execute((status) -> this.outbox
			.enqueue(new Letter("request-received", List.of(to), null, List.of("Devis & co"), model, files))
			.getId());
	}

	private Map<String, Object> row(long id) {
		return this.jdbc.sql("SELECT status, attempts, last_error, lease_owner FROM mail_outbox WHERE id = ?")
			.param(id)
			.query()
			.singleRow();
	}

	/** The one message the SMTP server received for this address. */
	private static MimeMessage only(String to) throws Exception {
		List<MimeMessage> found = new ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (message.getAllRecipients()[0].toString().equals(to)) {
				found.add(message);
			}
		}
		assertThat(found).as("messages received for " + to).hasSize(1);
		return found.get(0);
	}

	private static void collect(Part part, Map<String, String> parts) throws Exception {
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				collect(child, parts);
			}
			return;
		}
		String type = part.getContentType().split(";")[0].strip().toLowerCase();
		Object content = part.getContent();
		parts.put(type, (content instanceof String text) ? text
				: new String(((java.io.InputStream) content).readAllBytes(), StandardCharsets.UTF_8));
	}

	private static String unique(String who) {
		return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
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
