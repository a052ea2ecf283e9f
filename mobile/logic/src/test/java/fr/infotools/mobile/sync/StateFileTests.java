package fr.infotools.mobile.sync;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.infotools.mobile.api.CrmApi;
import fr.infotools.mobile.api.FakeServer;
import fr.infotools.mobile.api.Problem;
import fr.infotools.mobile.reminder.ReminderDelay;
import fr.infotools.mobile.time.AgendaTime;

import static fr.infotools.mobile.Fixtures.NOW;
import static fr.infotools.mobile.Fixtures.appointment;
import static fr.infotools.mobile.Fixtures.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

class StateFileTests {

	@TempDir
	Path directory;

	@Test
	void theWholeStateSurvivesARestart() throws Exception {
		FakeServer server = new FakeServer();
		CrmApi api = new CrmApi(server, new FakeServer.MemoryTokens(), "fr");
		api.login("jdupont", "InfoTools2026!");
		server.appointments.put(166L, appointment(166, "2026-03-31T08:00:00Z", "2026-03-31T09:00:00Z"));
		LocalState synced = new Synchronizer(api, new AgendaTime(AgendaTime.PARIS)).sync(LocalState.empty(), NOW)
			.state();
		LocalState state = synced.create(draft("2026-04-01T08:00:00Z", "2026-04-01T09:00:00Z"), NOW)
			.delete(synced.agenda().find(166).get(), NOW)
			.withRejection(new Rejection(7, PendingChange.Kind.UPDATE, synced.agenda().find(166).get(),
					new Problem(409, "appointment-overlap", "Rendez-vous en conflit", "chevauche",
							java.util.Collections.singletonList(new Problem.FieldError("startAt", "non")), 200L),
					NOW))
			.withChosenDelay(ReminderDelay.MINUTES_15);
		state = Synchronizer.replan(state, NOW).state();

		StateFile file = new StateFile(this.directory.resolve("state.json").toFile());
		file.save(state);
		assertThat(file.load()).isEqualTo(state);
		file.save(LocalState.empty());
		assertThat(file.load()).isEqualTo(LocalState.empty());
		assertThat(this.directory.resolve("state.json.tmp")).doesNotExist();
	}

	@Test
	void aMissingDamagedOrForeignFileGivesAnEmptyState() throws IOException {
		File path = this.directory.resolve("state.json").toFile();
		StateFile file = new StateFile(path);
		assertThat(file.load()).isEqualTo(LocalState.empty());
		Files.write(path.toPath(), "{\"format\":1,\"agenda\":".getBytes(StandardCharsets.UTF_8));
		assertThat(file.load()).isEqualTo(LocalState.empty());
		Files.write(path.toPath(), "{\"format\":99}".getBytes(StandardCharsets.UTF_8));
		assertThat(file.load()).isEqualTo(LocalState.empty());
		file.delete();
		assertThat(path).doesNotExist();
	}

	@Test
	void aFailedWriteIsReported() {
		StateFile file = new StateFile(this.directory.resolve("missing-dir/state.json").toFile());
		assertThatIOException().isThrownBy(() -> file.save(LocalState.empty()));
	}

}
