package fr.infotools.mobile.app;

import android.content.Intent;
import android.view.View;
import android.widget.EditText;
import android.widget.TextView;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.Robolectric;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.android.controller.ActivityController;
import org.robolectric.annotation.Config;

import fr.infotools.mobile.api.FakeServer;

import static fr.infotools.mobile.app.AppTests.idle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.robolectric.Shadows.shadowOf;

@RunWith(RobolectricTestRunner.class)
@Config(sdk = 34, qualifiers = "fr-rFR")
public class LoginActivityTests {

	private final FakeServer server = AppTests.server();

	@Test
	public void theRepLogsInAgainstTheServerTyped() {
		AppServices services = AppTests.services(this.server);
		try (ActivityController<LoginActivity> screen = Robolectric.buildActivity(LoginActivity.class).setup()) {
			fill(screen.get(), "http://localhost:8080/", "jdupont", "InfoTools2026!");
			screen.get().findViewById(R.id.login).performClick();
			idle();
			Intent next = shadowOf(screen.get()).getNextStartedActivity();
			assertThat(next.getComponent().getClassName()).isEqualTo(AgendaActivity.class.getName());
			assertThat(services.isLoggedIn()).isTrue();
			assertThat(services.session().server()).isEqualTo("http://localhost:8080");
			assertThat(services.session().username()).isEqualTo("jdupont");
			assertThat(((EditText) screen.get().findViewById(R.id.password)).getText().toString()).isEmpty();
		}
		// the next time, the address and account are filled in
		try (ActivityController<LoginActivity> again = Robolectric.buildActivity(LoginActivity.class).setup()) {
			assertThat(((EditText) again.get().findViewById(R.id.server)).getText().toString())
				.isEqualTo("http://localhost:8080");
		}
	}

	@Test
	public void refusalsAreShownWithTheServersWords() {
		AppTests.services(this.server);
		try (ActivityController<LoginActivity> screen = Robolectric.buildActivity(LoginActivity.class).setup()) {
			fill(screen.get(), "localhost:8080", "jdupont", "faux");
			screen.get().findViewById(R.id.login).performClick();
			idle();
			assertThat(error(screen)).isEqualTo("Identifiant ou mot de passe incorrect.");
			assertThat(shadowOf(screen.get()).getNextStartedActivity()).isNull();

			fill(screen.get(), "ftp://crm", "jdupont", "x");
			screen.get().findViewById(R.id.login).performClick();
			assertThat(error(screen)).startsWith("Adresse de serveur invalide");

			fill(screen.get(), "http://192.168.1.20:8080", "jdupont", "InfoTools2026!");
			screen.get().findViewById(R.id.login).performClick();
			assertThat(error(screen)).startsWith("Adresse non chiffrée (http) refusée");
			assertThat(this.server.requests).hasSize(1);

			fill(screen.get(), "https://crm.infotools.fr", " ", "");
			screen.get().findViewById(R.id.login).performClick();
			assertThat(error(screen)).isEqualTo("Identifiant et mot de passe sont requis.");

			this.server.offline = true;
			fill(screen.get(), "https://crm.infotools.fr", "jdupont", "InfoTools2026!");
			screen.get().findViewById(R.id.login).performClick();
			idle();
			assertThat(error(screen)).startsWith("Serveur injoignable");
		}
	}

	@Test
	public void anotherRepLoggingInDoesNotSeeThePreviousAgenda() throws Exception {
		AppServices services = AppTests.loggedIn(this.server);
		assertThat(services.state().agenda().appointments()).hasSize(3);
		services.login(AppTests.SERVER, "sleroy", "InfoTools2026!");
		assertThat(services.state().agenda().appointments()).isEmpty();
		assertThat(AppTests.alarms().getScheduledAlarms()).isEmpty();
	}

	private static void fill(LoginActivity screen, String server, String username, String password) {
		((EditText) screen.findViewById(R.id.server)).setText(server);
		((EditText) screen.findViewById(R.id.username)).setText(username);
		((EditText) screen.findViewById(R.id.password)).setText(password);
	}

	private static String error(ActivityController<LoginActivity> screen) {
		TextView error = screen.get().findViewById(R.id.login_error);
		assertThat(error.getVisibility()).isEqualTo(View.VISIBLE);
		return error.getText().toString();
	}

}
