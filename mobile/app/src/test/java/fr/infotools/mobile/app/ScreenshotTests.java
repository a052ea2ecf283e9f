package fr.infotools.mobile.app;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalTime;

import android.app.Activity;
import android.content.Intent;
import android.graphics.Bitmap;
import android.graphics.Canvas;
import android.view.View;
import android.widget.EditText;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.Robolectric;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.android.controller.ActivityController;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.GraphicsMode;
import org.robolectric.shadows.ShadowAlarmManager;

import fr.infotools.mobile.api.FakeServer;

import static fr.infotools.mobile.app.AppTests.NOW;
import static fr.infotools.mobile.app.AppTests.app;
import static fr.infotools.mobile.app.AppTests.draftAt;
import static fr.infotools.mobile.app.AppTests.idle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.robolectric.Shadows.shadowOf;

/**
 * The screens as a phone draws them (Robolectric's native graphics), saved as PNG files
 * for the user guide: {@code -Dinfotools.screenshots.dir=../../docs/screenshots}.
 */
@RunWith(RobolectricTestRunner.class)
@Config(sdk = 34, qualifiers = "fr-rFR-w411dp-h780dp-xhdpi")
@GraphicsMode(GraphicsMode.Mode.NATIVE)
public class ScreenshotTests {

	private FakeServer server;

	@Before
	public void setUp() {
		ShadowAlarmManager.setCanScheduleExactAlarms(true);
		shadowOf(app()).grantPermissions(Permissions.POST_NOTIFICATIONS);
		this.server = AppTests.server();
	}

	@Test
	public void login() throws IOException {
		AppTests.services(this.server);
		try (ActivityController<LoginActivity> screen = Robolectric.buildActivity(LoginActivity.class).setup()) {
			((EditText) screen.get().findViewById(R.id.server)).setText("https://crm.infotools.fr");
			((EditText) screen.get().findViewById(R.id.username)).setText("jdupont");
			((EditText) screen.get().findViewById(R.id.password)).setText("InfoTools2026!");
			save(screen.get(), "mobile-login");
		}
	}

	@Test
	public void agenda() throws Exception {
		AppServices services = AppTests.loggedIn(this.server);
		this.server.offline = true;
		services.update((state) -> state.create(draftAt("2026-03-30T15:00:00Z", "2026-03-30T16:00:00Z"), NOW));
		try (ActivityController<AgendaActivity> screen = Robolectric.buildActivity(AgendaActivity.class).setup()) {
			idle();
			save(screen.get(), "mobile-agenda");
			screen.get().show(AgendaActivity.Mode.UPCOMING);
			save(screen.get(), "mobile-upcoming");
		}
	}

	@Test
	public void appointment() throws Exception {
		AppTests.loggedIn(this.server);
		try (ActivityController<AppointmentActivity> screen = Robolectric
			.buildActivity(AppointmentActivity.class,
					new Intent(app(), AppointmentActivity.class).putExtra(AppointmentActivity.EXTRA_ID, 166L))
			.setup()) {
			save(screen.get(), "mobile-appointment");
		}
	}

	@Test
	public void formWithMistakes() throws Exception {
		AppTests.loggedIn(this.server);
		try (ActivityController<EditAppointmentActivity> screen = Robolectric
			.buildActivity(EditAppointmentActivity.class)
			.setup()) {
			EditAppointmentActivity form = screen.get();
			form.setDate(LocalDate.of(2026, 3, 30));
			form.setStart(LocalTime.of(10, 30));
			((EditText) form.findViewById(R.id.subject)).setText("Présentation de l'offre");
			form.findViewById(R.id.save).performClick();
			save(form, "mobile-edit-overlap");
		}
	}

	private static void save(Activity activity, String name) throws IOException {
		idle();
		View root = activity.getWindow().getDecorView();
		root.measure(View.MeasureSpec.makeMeasureSpec(root.getWidth(), View.MeasureSpec.EXACTLY),
				View.MeasureSpec.makeMeasureSpec(root.getHeight(), View.MeasureSpec.EXACTLY));
		root.layout(0, 0, root.getWidth(), root.getHeight());
		Bitmap bitmap = Bitmap.createBitmap(root.getWidth(), root.getHeight(), Bitmap.Config.ARGB_8888);
		root.draw(new Canvas(bitmap));
		File directory = new File(System.getProperty("infotools.screenshots.dir", "target/screenshots"));
		directory.mkdirs();
		File file = new File(directory, name + ".png");
		try (OutputStream out = new FileOutputStream(file)) {
			bitmap.compress(Bitmap.CompressFormat.PNG, 100, out);
		}
		assertThat(file).isNotEmpty();
	}

}
