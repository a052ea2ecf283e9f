package fr.infotools.mobile.sync;

import java.util.Arrays;
import java.util.Collections;

import org.junit.jupiter.api.Test;

import fr.infotools.mobile.agenda.Agenda;
import fr.infotools.mobile.agenda.Appointment;
import fr.infotools.mobile.agenda.AppointmentDraft;
import fr.infotools.mobile.agenda.AppointmentStatus;
import fr.infotools.mobile.agenda.Customer;

import static fr.infotools.mobile.Fixtures.NOW;
import static fr.infotools.mobile.Fixtures.appointment;
import static fr.infotools.mobile.Fixtures.draft;
import static org.assertj.core.api.Assertions.assertThat;

class OfflineQueueTests {

	private final Appointment synced = appointment(166, "2026-03-31T08:00:00Z", "2026-03-31T09:00:00Z");

	private final LocalState state = LocalState.empty()
		.withServer(new Agenda(Collections.singletonList(this.synced),
				Collections.singletonList(new Customer(9, "Transports Mercier", "Paris", null)),
				Collections.emptyList(), NOW));

	@Test
	void anAppointmentCreatedOfflineShowsWithALocalIdAndIsQueued() {
		LocalState changed = this.state.create(draft("2026-04-01T08:00:00Z", "2026-04-01T09:00:00Z"), NOW);
		Appointment local = changed.agenda().find(-1).get();
		assertThat(local.isLocalOnly()).isTrue();
		assertThat(local.customerName()).isEqualTo("Transports Mercier");
		assertThat(local.subject()).isEqualTo("Démonstration");
		assertThat(local.status()).isEqualTo(AppointmentStatus.PLANNED);
		assertThat(changed.isPending(-1)).isTrue();
		assertThat(changed.isPending(166)).isFalse();
		assertThat(changed.queue().size()).isEqualTo(1);
		assertThat(changed.queue().nextLocalId()).isEqualTo(-2);
	}

	@Test
	void changesOfAnAppointmentCreatedOfflineFoldIntoItsCreation() {
		LocalState created = this.state.create(draft("2026-04-01T08:00:00Z", "2026-04-01T09:00:00Z"), NOW);
		Appointment local = created.agenda().find(-1).get();
		LocalState moved = created.update(local, draft("2026-04-01T10:00:00Z", "2026-04-01T11:00:00Z"), NOW);
		assertThat(moved.queue().changes()).hasSize(1);
		assertThat(moved.queue().changes().get(0).kind()).isEqualTo(PendingChange.Kind.CREATE);
		assertThat(moved.agenda().find(-1).get().startAt()).hasToString("2026-04-01T10:00:00Z");
		LocalState deleted = moved.delete(moved.agenda().find(-1).get(), NOW);
		assertThat(deleted.queue().isEmpty()).isTrue();
		assertThat(deleted.agenda().find(-1)).isEmpty();
	}

	@Test
	void aSecondChangeReplacesTheFirstAndKeepsTheVersionRead() {
		LocalState once = this.state.update(this.synced, draft("2026-03-31T10:00:00Z", "2026-03-31T11:00:00Z"), NOW);
		LocalState twice = once.update(once.agenda().find(166).get(),
				draft("2026-03-31T12:00:00Z", "2026-03-31T13:00:00Z"), NOW);
		assertThat(twice.queue().changes()).singleElement().satisfies((change) -> {
			assertThat(change.kind()).isEqualTo(PendingChange.Kind.UPDATE);
			assertThat(change.baseVersion()).isEqualTo(3);
			assertThat(change.draft().startAt()).hasToString("2026-03-31T12:00:00Z");
		});
		assertThat(twice.agenda().find(166).get().startAt()).hasToString("2026-03-31T12:00:00Z");
		assertThat(twice.server().find(166).get()).isEqualTo(this.synced);
	}

	@Test
	void deletingReplacesAQueuedChange() {
		LocalState changed = this.state.update(this.synced,
				new AppointmentDraft(9L, null, this.synced.startAt(), this.synced.endAt(), null, "Autre", null, null),
				NOW);
		LocalState deleted = changed.delete(changed.agenda().find(166).get(), NOW);
		assertThat(deleted.queue().changes()).singleElement().satisfies((change) -> {
			assertThat(change.kind()).isEqualTo(PendingChange.Kind.DELETE);
			assertThat(change.baseVersion()).isEqualTo(3);
			assertThat(change.draft()).isNull();
		});
		assertThat(deleted.agenda().appointments()).isEmpty();
		assertThat(deleted.queue().without(deleted.queue().changes().get(0)).isEmpty()).isTrue();
	}

	@Test
	void anUpdateOfAnAppointmentNoLongerInTheAgendaIsIgnoredInTheView() {
		LocalState changed = this.state.update(appointment(999, "2026-04-01T08:00:00Z", "2026-04-01T09:00:00Z"),
				draft("2026-04-01T08:00:00Z", "2026-04-01T09:00:00Z"), NOW);
		assertThat(changed.agenda().appointments()).containsExactly(this.synced);
	}

	@Test
	void refusalsAreKeptUntilRead() {
		Rejection rejection = new Rejection(1, PendingChange.Kind.CREATE, this.synced,
				fr.infotools.mobile.api.Problem.unexplained(409), NOW);
		LocalState refused = this.state.withRejection(rejection);
		assertThat(refused.rejections()).containsExactly(rejection);
		assertThat(refused.withoutRejections().rejections()).isEmpty();
		assertThat(refused.withUserName("Jean Dupont").userName()).isEqualTo("Jean Dupont");
		assertThat(Arrays.asList(PendingChange.Kind.values())).hasSize(3);
	}

}
