package fr.infotools.appointment;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AppointmentRequestRepository extends JpaRepository<AppointmentRequest, Long> {

	Page<AppointmentRequest> findByStatus(AppointmentRequestStatus status, Pageable page);

}
