package fr.infotools.mail;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MailAttachmentRepository extends JpaRepository<MailAttachment, Long> {

	List<MailAttachment> findByMailIdOrderByAttachmentNo(long mailId);

	@Query("select new fr.infotools.mail.AttachmentInfo(a.mailId, a.fileName, a.contentType, a.sizeBytes) "
			+ "from MailAttachment a where a.mailId in :mailIds order by a.mailId, a.attachmentNo")
	List<AttachmentInfo> findInfos(Collection<Long> mailIds);

}
