package fr.infotools.reporting;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportSendingRepository extends JpaRepository<ReportSending, Long> {

}
