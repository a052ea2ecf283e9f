package fr.infotools.appointment;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;

import org.springframework.stereotype.Component;

/**
 * Keeps {@code appointment_summary} in step with the appointments, whatever path changes
 * them: one count moves with each insert, delete, and change of day, rep or status, on
 * the session's connection and so in its transaction.
 */
@Component
class AppointmentSummaryListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

	private static final List<String> COUNTED = List.of("startAt", "salesRepId", "status");

	AppointmentSummaryListener(EntityManagerFactory entityManagerFactory) {
		EventListenerRegistry registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getServiceRegistry()
			.requireService(EventListenerRegistry.class);
		registry.appendListeners(EventType.POST_INSERT, this);
		registry.appendListeners(EventType.POST_UPDATE, this);
		registry.appendListeners(EventType.POST_DELETE, this);
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		if (event.getEntity() instanceof Appointment appointment) {
			add(event.getSession(), counted(appointment), 1);
		}
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		if (!(event.getEntity() instanceof Appointment appointment)) {
			return;
		}
		if (event.getOldState() == null) {
			throw new IllegalStateException("Appointment " + appointment.getId()
					+ " was updated without its loaded state: its summary count cannot move");
		}
		Counted before = counted(event.getPersister(), event.getOldState());
		Counted after = counted(appointment);
		if (!before.equals(after)) {
			add(event.getSession(), before, -1);
			add(event.getSession(), after, 1);
		}
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		if (event.getEntity() instanceof Appointment) {
			add(event.getSession(), counted(event.getPersister(), event.getDeletedState()), -1);
		}
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	private static Counted counted(Appointment appointment) {
		return new Counted(AppointmentSummary.day(appointment.getStartAt()), appointment.getSalesRepId(),
				appointment.getStatus());
	}

	private static Counted counted(EntityPersister persister, Object[] state) {
		List<String> names = Arrays.asList(persister.getPropertyNames());
		return new Counted(AppointmentSummary.day((java.time.Instant) state[names.indexOf(COUNTED.get(0))]),
				(Long) state[names.indexOf(COUNTED.get(1))], (AppointmentStatus) state[names.indexOf(COUNTED.get(2))]);
	}

	private static void add(SharedSessionContractImplementor session, Counted counted, int delta) {
		session.doWork((connection) -> AppointmentSummary.add(connection, counted.day(), counted.salesRepId(),
				counted.status(), delta));
	}

	private record Counted(int day, long salesRepId, AppointmentStatus status) {

	}

}
