package fr.infotools.mail;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The outbox settings, and in {@code smtp} mode the background sender (which needs the
 * SMTP server of {@code spring.mail.host}: the server does not start without it).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailProperties.class)
class MailConfiguration {

	@Bean
	@ConditionalOnProperty(prefix = "infotools.mail", name = "mode", havingValue = "smtp")
	OutboxSchedule outboxSchedule(JdbcClient jdbc, PlatformTransactionManager transactions,
			MailMessageRepository messages, MailAttachmentRepository attachments,
			ObjectProvider<JavaMailSender> mailSenders, MailProperties properties, Clock clock) {
		JavaMailSender mailSender = mailSenders.getIfAvailable();
		if (mailSender == null || (mailSender instanceof JavaMailSenderImpl smtp
				&& (smtp.getHost() == null || smtp.getHost().isBlank()))) {
			throw new IllegalStateException(
					"infotools.mail.mode is smtp but no SMTP server is set: set spring.mail.host (INFOTOOLS_SMTP_HOST "
							+ "in the prod profile), or infotools.mail.mode=outbox-only to keep mail in the outbox");
		}
		return new OutboxSchedule(new OutboxSender(jdbc, transactions, messages, attachments, mailSender, properties,
				clock, OutboxSchedule.instanceName()), properties);
	}

}
