package fr.infotools.appointment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import fr.infotools.catalog.Catalog;
import fr.infotools.customer.Contact;
import fr.infotools.customer.ContactDetails;
import fr.infotools.customer.Customer;
import fr.infotools.customer.CustomerDetails;
import fr.infotools.customer.CustomerType;
import fr.infotools.customer.Customers;
import fr.infotools.identity.AccessPolicy;
import fr.infotools.identity.Users;
import fr.infotools.shared.BusinessRuleException;
import fr.infotools.shared.ConflictException;
import fr.infotools.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appointments and website requests, with their rules: an appointment belongs to an
 * active sales rep and one of the rep's customers (a manager may book for anyone), ends
 * after it starts within 12 hours, does not start in the past, and never overlaps another
 * of the rep's appointments that is not cancelled. A website request is decided once:
 * assigned to a rep, who then has the appointment, or rejected with a reason.
 */
@Service
public class Appointments {

	/** How many upcoming appointments a list holds by default, and at most. */
	public static final int DEFAULT_UPCOMING = 20;

	public static final int MAX_UPCOMING = 100;

	/** The most appointments a calendar feed carries. */
	static final int MAX_CALENDAR = 5000;

	private final AppointmentRepository appointments;

	private final AppointmentRows rows;

	private final AppointmentRequestRepository requests;

	private final Customers customers;

	private final Catalog catalog;

	private final Users users;

	private final AccessPolicy access;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Appointments(AppointmentRepository appointments, AppointmentRows rows, AppointmentRequestRepository requests,
			Customers customers, Catalog catalog, Users users, AccessPolicy access, Clock clock,
			ApplicationEventPublisher events) {
		this.appointments = appointments;
		this.rows = rows;
		this.requests = requests;
		this.customers = customers;
		this.catalog = catalog;
		this.users = users;
		this.access = access;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Books an appointment. A sales rep books for themselves; a manager names the rep.
	 */
	@Transactional
	public Appointment book(Long salesRepId, AppointmentDetails details) {
		long rep = this.access.ownerScope().orElseGet(() -> requireSalesRep(salesRepId));
		checkPeriod(details.startAt(), details.endAt());
		requireAhead(details.startAt());
		checkParties(rep, details);
		checkOverlap(rep, details.startAt(), details.endAt(), null);
		return this.appointments.save(new Appointment(rep, details, null));
	}

	/**
	 * As {@link #book(Long, AppointmentDetails)}, for a client that may send a status: a
	 * new appointment can only be planned.
	 */
	@Transactional
	public Appointment book(Long salesRepId, AppointmentDetails details, AppointmentStatus status) {
		if (status != null && status != AppointmentStatus.PLANNED) {
			throw new BusinessRuleException("appointment.new-status", "status");
		}
		return book(salesRepId, details);
	}

	/**
	 * Records an appointment that may lie in the past (demo data, imports); managers and
	 * the server only.
	 */
	@Transactional
	public Appointment record(long salesRepId, AppointmentDetails details, AppointmentStatus status) {
		this.access.requireManager();
		checkPeriod(details.startAt(), details.endAt());
		checkParties(salesRepId, details);
		checkOverlap(salesRepId, details.startAt(), details.endAt(), null);
		Appointment appointment = new Appointment(salesRepId, details, null);
		if (status == AppointmentStatus.DONE) {
			appointment.markDone();
		}
		else if (status == AppointmentStatus.CANCELLED) {
			appointment.cancel();
		}
		return this.appointments.save(appointment);
	}

	@Transactional(readOnly = true)
	public Appointment get(long id) {
		return this.appointments.findById(id)
			.filter((appointment) -> this.access.mayAccess(appointment.getSalesRepId()))
			.orElseThrow(() -> new NotFoundException("appointment", id));
	}

	/**
	 * The appointments starting in the period: the rep's own, or for a manager every
	 * rep's or one rep's.
	 */
	@Transactional(readOnly = true)
	public List<Appointment> inPeriod(Instant from, Instant to, Long salesRepId, int limit) {
		Long rep = this.access.ownerScope().orElse(salesRepId);
		return this.appointments.findInPeriod(rep, from, to, PageRequest.of(0, limit));
	}

	/**
	 * One page of the appointments starting in {@code [from, to)}: the rep's own, or for
	 * a manager every rep's or one rep's. Without bounds, the current week (Paris time);
	 * with one bound, the week that starts or ends there; at most 370 days.
	 */
	@Transactional(readOnly = true)
	public Page<Appointment> search(Instant from, Instant to, Long salesRepId, Pageable page) {
		Period period = Period.of(from, to, this.clock.instant());
		Long rep = this.access.ownerScope().orElse(salesRepId);
		return this.appointments.searchInPeriod(rep, period.from(), period.to(), reachable(page));
	}

	/**
	 * The current user's planned appointments that are not over yet, soonest first; at
	 * most {@value #MAX_UPCOMING}.
	 */
	@Transactional(readOnly = true)
	public List<AppointmentRow> upcoming(int limit) {
		requireListLimit(limit);
		return this.rows.upcoming(this.access.currentUser().id(), this.clock.instant(), limit);
	}

	/**
	 * How many appointments start in {@code [from, to)} that the current user may see (a
	 * rep: their own), cancelled ones left out; counted by the database.
	 */
	@Transactional(readOnly = true)
	public long countInPeriod(Instant from, Instant to) {
		return this.appointments.countInPeriod(this.access.ownerScope().orElse(null), from, to);
	}

	/**
	 * The current user's planned appointments that managers booked from website requests
	 * since {@code since} and that are not over yet, the newest booking first; at most
	 * {@value #MAX_UPCOMING}.
	 */
	@Transactional(readOnly = true)
	public List<Appointment> fromWebsiteRequests(Instant since, int limit) {
		requireListLimit(limit);
		long me = this.access.currentUser().id();
		return this.appointments.findFromRequests(me, since, this.clock.instant(), PageRequest.of(0, limit));
	}

	private static void requireListLimit(int limit) {
		if (limit < 1 || limit > MAX_UPCOMING) {
			throw new BusinessRuleException("appointment.limit", "limit", MAX_UPCOMING);
		}
	}

	/**
	 * One page of a customer's appointments that the current user may see (a rep: their
	 * own with that customer), in the page's order; a customer the user may not see is
	 * not found.
	 */
	@Transactional(readOnly = true)
	public Page<Appointment> forCustomer(long customerId, Pageable page) {
		this.customers.get(customerId);
		return this.appointments.findForCustomer(customerId, this.access.ownerScope().orElse(null), reachable(page));
	}

	/**
	 * The appointments with the names of their customers and contacts, in at most three
	 * queries whatever their number, with the current user's rights: a customer the user
	 * may no longer see shows no name.
	 */
	@Transactional(readOnly = true)
	public List<AgendaEntry> withParties(List<Appointment> list) {
		Set<Long> customerIds = new LinkedHashSet<>();
		Set<Long> contactIds = new LinkedHashSet<>();
		for (Appointment appointment : list) {
			customerIds.add(appointment.getCustomerId());
			if (appointment.getContactId() != null) {
				contactIds.add(appointment.getContactId());
			}
		}
		Map<Long, String> companies = this.customers.companyNames(customerIds);
		Map<Long, String> people = this.customers.contactNames(contactIds);
		return list.stream()
			.map((appointment) -> new AgendaEntry(appointment, companies.get(appointment.getCustomerId()),
					(appointment.getContactId() != null) ? people.get(appointment.getContactId()) : null))
			.toList();
	}

	/**
	 * The personal calendar of the active user whose calendar token this is, or empty for
	 * an unknown token. The secret token stands for the user's login.
	 */
	@Transactional(readOnly = true)
	public Optional<CalendarFeed> calendar(String token) {
		return this.users.findByCalendarToken(token).map((owner) -> {
			Period period = Period.calendarAround(this.clock.instant());
			return new CalendarFeed(owner, this.appointments.findInPeriod(owner.id(), period.from(), period.to(),
					PageRequest.of(0, MAX_CALENDAR)));
		});
	}

	@Transactional
	public Appointment update(long id, AppointmentDetails details) {
		return revise(get(id), details, null);
	}

	/**
	 * Changes an appointment from the version the client read (409 if someone changed it
	 * meanwhile), and optionally its status.
	 * @param status null to keep the current one
	 */
	@Transactional
	public Appointment update(long id, long expectedVersion, AppointmentDetails details, AppointmentStatus status) {
		Appointment appointment = get(id);
		appointment.requireVersion(expectedVersion);
		return revise(appointment, details, status);
	}

	@Transactional
	public void delete(long id) {
		this.appointments.delete(get(id));
	}

	/**
	 * The rep's free one-hour slots of the day between 9:00 and 18:00 Paris time (today
	 * by default) that are still ahead; managers only.
	 */
	@Transactional(readOnly = true)
	public List<TimeSlot> freeSlots(Long salesRepId, LocalDate day) {
		this.access.requireManager();
		long rep = requireSalesRep(salesRepId);
		LocalDate date = (day != null) ? day : LocalDate.now(this.clock.withZone(Period.PARIS));
		List<TimeSlot> hours = TimeSlot.workingHours(date);
		List<TimeSlot> busy = this.appointments
			.findOverlapping(rep, hours.get(0).startAt(), hours.get(hours.size() - 1).endAt(), null)
			.stream()
			.map((appointment) -> new TimeSlot(appointment.getStartAt(), appointment.getEndAt()))
			.toList();
		return TimeSlot.free(date, busy, this.clock.instant());
	}

	/**
	 * Stores a request sent from the public website. The requester must consent to be
	 * contacted, and a product named must be one the catalogue sells. Publishes
	 * {@link AppointmentRequestSubmitted} (the requester's acknowledgement).
	 */
	@Transactional
	public AppointmentRequest submitRequest(RequestDetails details) {
		AppointmentRequest request = this.requests.save(checkedRequest(details, true));
		this.events.publishEvent(AppointmentRequestSubmitted.of(request));
		return request;
	}

	/**
	 * As {@link #submitRequest}, from the website's form: when its hidden field (a trap
	 * that only robots fill in) has a value, nothing is stored and the answer is empty.
	 */
	@Transactional
	public Optional<AppointmentRequest> submitFromWebsite(RequestDetails details, String trap) {
		if (trap != null && !trap.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(submitRequest(details));
	}

	/**
	 * As {@link #submitRequest}, back-dated (demo data, imports): the product may have
	 * been withdrawn since.
	 */
	@Transactional
	public AppointmentRequest recordRequest(RequestDetails details, Instant createdAt) {
		this.access.requireManager();
		AppointmentRequest request = checkedRequest(details, false);
		request.backdate(createdAt);
		return this.requests.save(request);
	}

	/** Website requests, optionally of one status; by default the oldest first. */
	@Transactional(readOnly = true)
	public Page<AppointmentRequest> requests(AppointmentRequestStatus status, Pageable page) {
		this.access.requireManager();
		Pageable sorted = reachable(page.getSort().isSorted() ? page
				: PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by("createdAt", "id")));
		return (status != null) ? this.requests.findByStatus(status, sorted) : this.requests.findAll(sorted);
	}

	@Transactional(readOnly = true)
	public AppointmentRequest request(long id) {
		this.access.requireManager();
		return findRequest(id);
	}

	/** The appointment booked for each of these requests that was assigned. */
	@Transactional(readOnly = true)
	public Map<Long, Long> appointmentIdsOfRequests(Collection<Long> requestIds) {
		this.access.requireManager();
		if (requestIds.isEmpty()) {
			return Map.of();
		}
		return this.appointments.findByRequestIdIn(requestIds)
			.stream()
			.collect(Collectors.toMap(Appointment::getRequestId, Appointment::getId, Math::min));
	}

	/**
	 * Gives a website request to a sales rep, all or nothing: links the customer named,
	 * or else the prospect or customer with the requester's e-mail address, or else
	 * creates the requester as the rep's prospect with the requester as its contact; then
	 * books the rep's appointment (with the request's message as notes) and marks the
	 * request assigned. Publishes {@link AppointmentRequestAssigned} (the notice to the
	 * rep and the confirmation to the requester).
	 */
	@Transactional
	public Appointment assign(long requestId, Assignment assignment) {
		this.access.requireManager();
		AppointmentRequest request = undecided(requestId);
		long rep = requireSalesRep(assignment.salesRepId());
		checkPeriod(assignment.startAt(), assignment.endAt());
		requireAhead(assignment.startAt());
		checkOverlap(rep, assignment.startAt(), assignment.endAt(), null);
		Party party = (assignment.customerId() != null) ? chosenParty(assignment.customerId(), request)
				: requesterParty(request, rep);
		String subject = (assignment.subject() != null) ? assignment.subject() : request.getSubject();
		AppointmentDetails details = new AppointmentDetails(party.customerId(), party.contactId(), assignment.startAt(),
				assignment.endAt(), assignment.place(), subject, request.getMessage());
		Appointment appointment = this.appointments.save(new Appointment(rep, details, requestId));
		request.assign(managerId(), rep, party.customerId(), this.clock.instant());
		this.events.publishEvent(AppointmentRequestAssigned.of(request, appointment));
		return appointment;
	}

	/**
	 * Gives a website request to a sales rep: books the rep's appointment with the given
	 * customer (already the requester's prospect or customer record) and marks the
	 * request assigned. Publishes {@link AppointmentRequestAssigned}.
	 */
	@Transactional
	public Appointment assignRequest(long requestId, long salesRepId, AppointmentDetails details) {
		this.access.requireManager();
		AppointmentRequest request = undecided(requestId);
		long rep = requireSalesRep(salesRepId);
		checkPeriod(details.startAt(), details.endAt());
		checkParties(rep, details);
		checkOverlap(rep, details.startAt(), details.endAt(), null);
		Appointment appointment = this.appointments.save(new Appointment(rep, details, requestId));
		request.assign(managerId(), rep, details.customerId(), this.clock.instant());
		this.events.publishEvent(AppointmentRequestAssigned.of(request, appointment));
		return appointment;
	}

	@Transactional
	public AppointmentRequest rejectRequest(long requestId, String reason) {
		this.access.requireManager();
		AppointmentRequest request = undecided(requestId);
		request.reject(managerId(), reason, this.clock.instant());
		return request;
	}

	/**
	 * Erases a request (for example at the end of its retention period, or on the
	 * requester's demand); one an appointment was booked for is kept (409).
	 */
	@Transactional
	public void deleteRequest(long requestId) {
		this.access.requireManager();
		AppointmentRequest request = findRequest(requestId);
		if (this.appointments.existsByRequestId(requestId)) {
			throw new ConflictException("request-in-use", Map.of("requestId", requestId));
		}
		this.requests.delete(request);
	}

	private Appointment revise(Appointment appointment, AppointmentDetails details, AppointmentStatus status) {
		Instant now = this.clock.instant();
		AppointmentStatus target = (status != null) ? status : appointment.getStatus();
		checkPeriod(details.startAt(), details.endAt());
		Appointment.checkStatusChange(appointment.getStatus(), target, details.startAt(), now);
		boolean reinstated = appointment.getStatus() == AppointmentStatus.CANCELLED
				&& target == AppointmentStatus.PLANNED;
		if (target == AppointmentStatus.PLANNED && (reinstated || appointment.startsOtherwiseThan(details.startAt()))) {
			requireAhead(details.startAt());
		}
		checkParties(appointment.getSalesRepId(), details);
		if (target != AppointmentStatus.CANCELLED) {
			checkOverlap(appointment.getSalesRepId(), details.startAt(), details.endAt(), appointment.getId());
		}
		appointment.apply(details);
		appointment.changeStatus(target, now);
		return appointment;
	}

	private AppointmentRequest checkedRequest(RequestDetails details, boolean productOnSale) {
		if (!details.consent()) {
			throw new BusinessRuleException("request.consent", "consent");
		}
		if (productOnSale && details.productId() != null && !isSold(details.productId())) {
			throw new BusinessRuleException("request.product-unknown", "productId",
					String.valueOf(details.productId()));
		}
		return new AppointmentRequest(details);
	}

	private boolean isSold(long productId) {
		try {
			return this.catalog.get(productId).isActive();
		}
		catch (NotFoundException ex) {
			return false;
		}
	}

	private AppointmentRequest findRequest(long requestId) {
		return this.requests.findById(requestId)
			.orElseThrow(() -> new NotFoundException("appointment request", requestId));
	}

	/** The request, if no manager decided it yet (else 409). */
	private AppointmentRequest undecided(long requestId) {
		AppointmentRequest request = findRequest(requestId);
		if (request.isDecided()) {
			throw new ConflictException("request-decided",
					Map.of("requestId", requestId, "status", request.getStatus().name()));
		}
		return request;
	}

	/**
	 * The customer a manager chose for a request, with the requester's contact if any.
	 */
	private Party chosenParty(long customerId, AppointmentRequest request) {
		Customer customer = this.customers.get(customerId);
		return new Party(customer.getId(), contactWithEmail(customer.getId(), request.getEmail()));
	}

	/**
	 * The prospect or customer with the requester's e-mail address, or else a new
	 * prospect of the rep with the requester as its contact.
	 */
	private Party requesterParty(AppointmentRequest request, long rep) {
		Optional<Customer> known = this.customers.findByEmail(request.getEmail());
		if (known.isPresent()) {
			return new Party(known.get().getId(), contactWithEmail(known.get().getId(), request.getEmail()));
		}
		String company = (request.getCompanyName() != null) ? request.getCompanyName() : request.getRequesterName();
		Customer prospect = this.customers.create(CustomerType.PROSPECT, new CustomerDetails(company, null,
				request.getEmail(), request.getPhone(), null, null, null, "FR", null), rep);
		PersonName name = PersonName.split(request.getRequesterName());
		Contact contact = this.customers.addContact(prospect.getId(),
				new ContactDetails(name.firstName(), name.lastName(), null, request.getEmail(), request.getPhone()));
		return new Party(prospect.getId(), contact.getId());
	}

	private Long contactWithEmail(long customerId, String email) {
		return this.customers.contacts(customerId)
			.stream()
			.filter((contact) -> email.equalsIgnoreCase(contact.getEmail()))
			.map(Contact::getId)
			.findFirst()
			.orElse(null);
	}

	private void checkPeriod(Instant start, Instant end) {
		try {
			Appointment.checkPeriod(start, end);
		}
		catch (IllegalArgumentException ex) {
			throw new BusinessRuleException(
					end.isAfter(start) ? "appointment.too-long" : "appointment.end-before-start", "endAt");
		}
		Appointment.checkStartRange(start, this.clock.instant());
	}

	private void requireAhead(Instant start) {
		if (start.isBefore(this.clock.instant())) {
			throw new BusinessRuleException("appointment.in-past", "startAt");
		}
	}

	/**
	 * The customer (and contact) must exist and be visible; a rep's appointment is with
	 * one of the rep's customers, unless a manager books it.
	 */
	private void checkParties(long salesRepId, AppointmentDetails details) {
		Customer customer = this.customers.get(details.customerId());
		if (customer.getOwnerId() != salesRepId && !this.access.isManager()) {
			throw new NotFoundException("customer", details.customerId());
		}
		if (details.contactId() != null) {
			this.customers.contact(details.customerId(), details.contactId());
		}
	}

	private void checkOverlap(long salesRepId, Instant start, Instant end, Long exceptId) {
		// bookings for one rep are checked one at a time, else two could both find the
		// slot free
		this.users.lockSchedule(salesRepId);
		List<Appointment> overlapping = this.appointments.findOverlapping(salesRepId, start, end, exceptId);
		if (!overlapping.isEmpty()) {
			Appointment other = overlapping.get(0);
			throw new ConflictException("appointment-overlap", Map.of("conflictingAppointmentId", other.getId(),
					"conflictingStart", other.getStartAt(), "conflictingEnd", other.getEndAt()),
					String.valueOf(other.getId()));
		}
	}

	/** The deciding manager, or null when the server itself decides (demo data). */
	private Long managerId() {
		return this.access.currentCrmUser().map((user) -> user.id()).orElse(null);
	}

	private long requireSalesRep(Long salesRepId) {
		if (salesRepId == null) {
			throw new BusinessRuleException("appointment.rep-required", "salesRepId");
		}
		if (!this.users.isActiveSalesRep(salesRepId)) {
			throw new BusinessRuleException("appointment.rep-not-sales", "salesRepId", String.valueOf(salesRepId));
		}
		return salesRepId;
	}

	/**
	 * A page the database can be asked for: its first row must be within the range of an
	 * int offset (else 422 on {@code page}, not a failure of the query).
	 */
	private static Pageable reachable(Pageable page) {
		if (page.isPaged() && page.getOffset() > Integer.MAX_VALUE) {
			throw new BusinessRuleException("paging.page", "page");
		}
		return page;
	}

	/** Who an appointment is with. */
	private record Party(long customerId, Long contactId) {

	}

}
