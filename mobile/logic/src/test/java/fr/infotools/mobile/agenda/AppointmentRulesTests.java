package fr.infotools.mobile.agenda;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import static fr.infotools.mobile.Fixtures.NOW;
import static fr.infotools.mobile.Fixtures.appointment;
import static fr.infotools.mobile.Fixtures.draft;
import static org.assertj.core.api.Assertions.assertThat;

class AppointmentRulesTests {

	private static final List<Appointment> NONE = Collections.emptyList();

	@Test
	void aValidNewAppointmentPasses() {
		assertThat(AppointmentRules.check(draft("2026-03-31T08:00:00Z", "2026-03-31T09:00:00Z"), null, NONE, NOW))
			.isEmpty();
	}

	@Test
	void missingFieldsAreAllReportedAsTheServerDoes() {
		AppointmentDraft empty = new AppointmentDraft(null, null, null, null, null, "  ", null, null);
		assertThat(AppointmentRules.check(empty, null, NONE, NOW)).containsExactly(
				Violation.of("customerId", Rule.NOT_NULL), Violation.of("startAt", Rule.NOT_NULL),
				Violation.of("endAt", Rule.NOT_NULL), Violation.of("subject", Rule.NOT_BLANK));
	}

	@Test
	void textIsLimitedInLengthAndInCharacters() {
		char[] longText = new char[201];
		Arrays.fill(longText, 'a');
		AppointmentDraft draft = new AppointmentDraft(9L, null, Instant.parse("2026-03-31T08:00:00Z"),
				Instant.parse("2026-03-31T09:00:00Z"), "a\u0007b", new String(longText), "line 1\nline 2\u202E", null);
		assertThat(AppointmentRules.check(draft, null, NONE, NOW)).containsExactly(
				Violation.of("place", Rule.SAFE_TEXT), Violation.of("subject", Rule.SIZE, 0, 200),
				Violation.of("notes", Rule.SAFE_TEXT));
		assertThat(AppointmentRules.isSafe("ligne 1\n\tligne 2", true)).isTrue();
		assertThat(AppointmentRules.isSafe("ligne 1\nligne 2", false)).isFalse();
		assertThat(AppointmentRules.isSafe("trait d\u00ADunion", false)).isTrue();
		assertThat(AppointmentRules.isSafe("zero\u200Bwidth", false)).isFalse();
		assertThat(AppointmentRules.isSafe("mark\u200E", false)).isFalse();
		assertThat(AppointmentRules.isSafe("isolate\u2066", false)).isFalse();
	}

	@Test
	void notesMayHoldFourThousandCharacters() {
		char[] notes = new char[4001];
		Arrays.fill(notes, 'n');
		AppointmentDraft draft = new AppointmentDraft(9L, null, Instant.parse("2026-03-31T08:00:00Z"),
				Instant.parse("2026-03-31T09:00:00Z"), null, "Visite", new String(notes), null);
		assertThat(AppointmentRules.check(draft, null, NONE, NOW))
			.containsExactly(Violation.of("notes", Rule.SIZE, 0, 4000));
	}

	@Test
	void theEndComesAfterTheStartWithinTwelveHours() {
		assertThat(AppointmentRules.check(draft("2026-03-31T09:00:00Z", "2026-03-31T09:00:00Z"), null, NONE, NOW))
			.containsExactly(Violation.of("endAt", Rule.END_BEFORE_START));
		assertThat(AppointmentRules.check(draft("2026-03-31T09:00:00Z", "2026-03-31T21:00:00Z"), null, NONE, NOW))
			.isEmpty();
		assertThat(AppointmentRules.check(draft("2026-03-31T09:00:00Z", "2026-03-31T21:00:01Z"), null, NONE, NOW))
			.containsExactly(Violation.of("endAt", Rule.TOO_LONG));
	}

	@Test
	void aNewAppointmentDoesNotStartInThePastNorTooFarAhead() {
		assertThat(AppointmentRules.check(draft("2026-03-30T05:59:00Z", "2026-03-30T07:00:00Z"), null, NONE, NOW))
			.containsExactly(Violation.of("startAt", Rule.IN_PAST));
		assertThat(AppointmentRules.check(draft("1999-12-31T09:00:00Z", "1999-12-31T10:00:00Z"), null, NONE, NOW))
			.containsExactly(Violation.of("startAt", Rule.DATE_RANGE));
		assertThat(AppointmentRules.check(draft("2031-12-31T09:00:00Z", "2031-12-31T10:00:00Z"), null, NONE, NOW))
			.containsExactly(Violation.of("startAt", Rule.DATE_RANGE));
	}

	@Test
	void aNewAppointmentIsPlanned() {
		AppointmentDraft done = draft("2026-03-31T08:00:00Z", "2026-03-31T09:00:00Z")
			.withStatus(AppointmentStatus.DONE);
		assertThat(AppointmentRules.check(done, null, NONE, NOW))
			.containsExactly(Violation.of("status", Rule.NEW_STATUS));
	}

	@Test
	void aPastAppointmentMayBeChangedWithoutMovingItsStart() {
		Appointment past = appointment(1, "2026-03-27T08:00:00Z", "2026-03-27T09:00:00Z");
		AppointmentDraft notes = new AppointmentDraft(9L, 15L, past.startAt(), past.endAt(), null, "Compte rendu",
				"Intéressés", null);
		assertThat(AppointmentRules.check(notes, past, NONE, NOW)).isEmpty();
		AppointmentDraft moved = draft("2026-03-27T08:30:00Z", "2026-03-27T09:00:00Z");
		assertThat(AppointmentRules.check(moved, past, NONE, NOW))
			.containsExactly(Violation.of("startAt", Rule.IN_PAST));
	}

	@Test
	void statusChangesFollowTheServerRules() {
		Appointment past = appointment(1, "2026-03-27T08:00:00Z", "2026-03-27T09:00:00Z");
		Appointment future = appointment(2, "2026-04-02T08:00:00Z", "2026-04-02T09:00:00Z");
		assertThat(AppointmentRules.check(past.toDraft().withStatus(AppointmentStatus.DONE), past, NONE, NOW))
			.isEmpty();
		assertThat(AppointmentRules.check(future.toDraft().withStatus(AppointmentStatus.DONE), future, NONE, NOW))
			.containsExactly(Violation.of("status", Rule.DONE_BEFORE_START));
		Appointment done = appointment(3, "2026-03-27T08:00:00Z", "2026-03-27T09:00:00Z", AppointmentStatus.DONE);
		assertThat(AppointmentRules.check(done.toDraft().withStatus(AppointmentStatus.CANCELLED), done, NONE, NOW))
			.containsExactly(
					Violation.of("status", Rule.STATUS_CHANGE, AppointmentStatus.DONE, AppointmentStatus.CANCELLED));
		Appointment cancelledPast = appointment(4, "2026-03-27T08:00:00Z", "2026-03-27T09:00:00Z",
				AppointmentStatus.CANCELLED);
		assertThat(AppointmentRules.check(cancelledPast.toDraft().withStatus(AppointmentStatus.PLANNED), cancelledPast,
				NONE, NOW))
			.containsExactly(Violation.of("startAt", Rule.IN_PAST));
		assertThat(AppointmentRules.check(cancelledPast.toDraft().withStatus(AppointmentStatus.DONE), cancelledPast,
				NONE, NOW))
			.containsExactly(
					Violation.of("status", Rule.STATUS_CHANGE, AppointmentStatus.CANCELLED, AppointmentStatus.DONE));
	}

	@Test
	void anAppointmentOverlapsNoneOfTheRepsOthersThatAreNotCancelled() {
		Appointment other = appointment(166, "2026-03-31T08:30:00Z", "2026-03-31T10:30:00Z");
		Appointment cancelled = appointment(167, "2026-03-31T07:00:00Z", "2026-03-31T12:00:00Z",
				AppointmentStatus.CANCELLED);
		List<Appointment> agenda = Arrays.asList(cancelled, other);
		assertThat(AppointmentRules.check(draft("2026-03-31T08:00:00Z", "2026-03-31T09:00:00Z"), null, agenda, NOW))
			.containsExactly(Violation.of("startAt", Rule.OVERLAP, 166L));
		assertThat(AppointmentRules.check(draft("2026-03-31T07:00:00Z", "2026-03-31T08:30:00Z"), null, agenda, NOW))
			.as("touching ends do not overlap")
			.isEmpty();
		assertThat(AppointmentRules.check(draft("2026-03-31T09:00:00Z", "2026-03-31T10:00:00Z"), other, agenda, NOW))
			.as("an appointment does not overlap itself")
			.isEmpty();
		assertThat(AppointmentRules.check(
				draft("2026-03-31T08:00:00Z", "2026-03-31T09:00:00Z").withStatus(AppointmentStatus.CANCELLED),
				cancelled, agenda, NOW))
			.as("cancelling never conflicts")
			.isEmpty();
	}

	@Test
	void draftsAreStoredStrippedAsTheServerDoes() {
		AppointmentDraft typed = new AppointmentDraft(9L, null, null, null, "  ", "  Démo\u2003 ", " notes ", null);
		AppointmentDraft stored = typed.normalized();
		assertThat(stored.place()).isNull();
		assertThat(stored.subject()).isEqualTo("Démo");
		assertThat(stored.notes()).isEqualTo("notes");
		assertThat(new AppointmentDraft(9L, null, null, null, null, null, null, null).normalized().subject()).isNull();
		assertThat(Texts.isBlank(null)).isTrue();
		assertThat(Texts.strip("\u2003")).isEmpty();
	}

	@Test
	void contactsHaveADisplayName() {
		assertThat(new Contact(1, 9, "Claire", "Bernard", null, null).displayName()).isEqualTo("Claire Bernard");
		assertThat(new Contact(1, 9, null, "Bernard", null, null).displayName()).isEqualTo("Bernard");
		assertThat(new Contact(1, 9, "Claire", null, null, null).displayName()).isEqualTo("Claire");
	}

	@Test
	void statusesMoveAsOnTheServer() {
		assertThat(AppointmentStatus.PLANNED.mayBecome(AppointmentStatus.DONE)).isTrue();
		assertThat(AppointmentStatus.CANCELLED.mayBecome(AppointmentStatus.PLANNED)).isTrue();
		assertThat(AppointmentStatus.CANCELLED.mayBecome(AppointmentStatus.DONE)).isFalse();
		assertThat(AppointmentStatus.DONE.mayBecome(AppointmentStatus.DONE)).isTrue();
		assertThat(AppointmentStatus.DONE.mayBecome(AppointmentStatus.PLANNED)).isFalse();
		assertThat(Rule.OVERLAP.code()).isEqualTo("appointment-overlap");
	}

}
