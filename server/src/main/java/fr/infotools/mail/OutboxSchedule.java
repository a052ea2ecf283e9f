package fr.infotools.mail;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The background sender of this server instance: a thread of its own (a slow SMTP server
 * holds up no other scheduled work) that delivers what is due every
 * {@code infotools.mail.poll-interval}, as long as the server runs. Only in {@code smtp}
 * mode.
 */
class OutboxSchedule implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(OutboxSchedule.class);

	private final OutboxSender sender;

	private final MailProperties properties;

	private ThreadPoolTaskScheduler scheduler;

	OutboxSchedule(OutboxSender sender, MailProperties properties) {
		this.sender = sender;
		this.properties = properties;
	}

	/** A name that tells the instances apart in the outbox's lease column. */
	static String instanceName() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			host = "server";
		}
		String name = host + "-" + UUID.randomUUID().toString().substring(0, 8);
		return (name.length() > 100) ? name.substring(name.length() - 100) : name;
	}

	/** One round: what is due is sent; a failure of the round itself is logged. */
	void poll() {
		try {
			int sent = this.sender.deliverDue();
			if (sent > 0) {
				logger.info("{} mail(s) sent", sent);
			}
		}
		catch (RuntimeException ex) {
			logger.error("The mail sender's round failed; it will try again", ex);
		}
	}

	@Override
	public synchronized void start() {
		ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
		scheduler.setThreadNamePrefix("mail-outbox-");
		scheduler.setPoolSize(1);
		scheduler.setWaitForTasksToCompleteOnShutdown(true);
		scheduler.setAwaitTerminationSeconds(30);
		scheduler.initialize();
		// the first round one interval after the start, when the server is up
		scheduler.scheduleWithFixedDelay(this::poll, Instant.now().plus(this.properties.pollInterval()),
				this.properties.pollInterval());
		this.scheduler = scheduler;
	}

	@Override
	public synchronized void stop() {
		if (this.scheduler != null) {
			this.scheduler.shutdown();
			this.scheduler = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.scheduler != null;
	}

}
