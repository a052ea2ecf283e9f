package fr.infotools.mail;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MailMessageRepository extends JpaRepository<MailMessage, Long> {

	Page<MailMessage> findByStatus(MailStatus status, Pageable page);

	/** How many messages stand in each status (statuses without any are absent). */
	@Query("select m.status as status, count(m) as count from MailMessage m group by m.status")
	List<StatusCount> countByStatus();

	/** When the longest-waiting pending message was due, or null when none waits. */
	@Query("select min(m.nextAttemptAt) from MailMessage m where m.status = fr.infotools.mail.MailStatus.PENDING")
	Instant oldestPendingDueAt();

	interface StatusCount {

		MailStatus getStatus();

		long getCount();

	}

}
