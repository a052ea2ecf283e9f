package fr.infotools.mail;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface MailMessageRepository extends JpaRepository<MailMessage, Long> {

	Page<MailMessage> findByStatus(MailStatus status, Pageable page);

}
