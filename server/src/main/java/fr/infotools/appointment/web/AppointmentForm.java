package fr.infotools.appointment.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import fr.infotools.appointment.Appointment;
import fr.infotools.appointment.AppointmentDetails;
import fr.infotools.appointment.AppointmentStatus;
import fr.infotools.shared.SafeText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * An appointment as the form shows and sends it: a day and two times in Paris, the rest
 * as the API takes it. Never bound to the entity.
 */
class AppointmentForm {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@NotNull
	private Long customerId;

	private Long contactId;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	@NotNull
	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime startTime;

	@NotNull
	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime endTime;

	@Size(max = 200)
	@SafeText
	private String place;

	@NotBlank
	@Size(max = 200)
	@SafeText
	private String subject;

	@Size(max = 4000)
	@SafeText(multiline = true)
	private String notes;

	private AppointmentStatus status;

	@PositiveOrZero
	private Long version;

	/** The form filled in with an appointment, to change it. */
	static AppointmentForm of(Appointment appointment) {
		AppointmentForm form = new AppointmentForm();
		LocalDateTime start = LocalDateTime.ofInstant(appointment.getStartAt(), PARIS);
		LocalDateTime end = LocalDateTime.ofInstant(appointment.getEndAt(), PARIS);
		form.customerId = appointment.getCustomerId();
		form.contactId = appointment.getContactId();
		form.date = start.toLocalDate();
		form.startTime = start.toLocalTime();
		form.endTime = end.toLocalTime();
		form.place = appointment.getPlace();
		form.subject = appointment.getSubject();
		form.notes = appointment.getNotes();
		form.status = appointment.getStatus();
		form.version = appointment.getVersion();
		return form;
	}

	/**
	 * What the form describes; an end time earlier than the start is on the same day, and
	 * so before the start.
	 */
	AppointmentDetails details() {
		return new AppointmentDetails(this.customerId, this.contactId,
				this.date.atTime(this.startTime).atZone(PARIS).toInstant(),
				this.date.atTime(this.endTime).atZone(PARIS).toInstant(), this.place, this.subject.strip(), this.notes);
	}

	public Long getCustomerId() {
		return this.customerId;
	}

	public void setCustomerId(Long customerId) {
		this.customerId = customerId;
	}

	public Long getContactId() {
		return this.contactId;
	}

	public void setContactId(Long contactId) {
		this.contactId = contactId;
	}

	public LocalDate getDate() {
		return this.date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public LocalTime getStartTime() {
		return this.startTime;
	}

	public void setStartTime(LocalTime startTime) {
		this.startTime = startTime;
	}

	public LocalTime getEndTime() {
		return this.endTime;
	}

	public void setEndTime(LocalTime endTime) {
		this.endTime = endTime;
	}

	public String getPlace() {
		return this.place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public String getSubject() {
		return this.subject;
	}

	public void setSubject(String subject) {
		this.subject = subject;
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public AppointmentStatus getStatus() {
		return this.status;
	}

	public void setStatus(AppointmentStatus status) {
		this.status = status;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
