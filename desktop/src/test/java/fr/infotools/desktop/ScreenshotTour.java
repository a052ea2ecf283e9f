package fr.infotools.desktop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import fr.infotools.desktop.api.model.AuditEntry;
import fr.infotools.desktop.api.model.Customer;
import fr.infotools.desktop.api.model.Product;
import fr.infotools.desktop.api.model.SiteRequest;
import fr.infotools.desktop.api.model.TimeSlot;
import fr.infotools.desktop.api.model.UserSummary;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Visits every screen in a real window (an X server such as Xvfb, not Monocle) and saves
 * a screenshot of each with ImageMagick's {@code import}: {@code -Pscreenshots} (see the
 * pom). Not part of the normal build.
 */
@Tag("screenshots")
@ExtendWith(ApplicationExtension.class)
class ScreenshotTour {

	private final Path folder = Path.of(System.getProperty("infotools.screenshots.dir", "target/screenshots"));

	private DesktopDriver app;

	@BeforeAll
	static void server() {
		TestServer.url();
	}

	@Start
	void start(Stage stage) {
		this.app = new DesktopDriver(new FxRobot());
		stage.setX(0);
		stage.setY(0);
		this.app.start(stage);
	}

	@AfterEach
	void stop() {
		this.app.stop();
	}

	@Test
	void everyScreen() throws Exception {
		Files.createDirectories(this.folder);
		this.app.onTimeout = () -> {
			try {
				shoot("failure");
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		};
		this.app.write("#username", "jdupont");
		this.app.write("#password", "InfoTools2026!");
		shoot("login");
		this.app.robot.clickOn("#login");
		this.app.waitUntil(() -> this.app.visible(".error-banner"));
		shoot("login-refused");

		this.app.write("#username", "mmartin");
		this.app.logInAsManager();
		this.app.waitUntil(() -> this.app.robot.lookup("#kpi-revenue").tryQuery().isPresent());
		settle();
		shoot("dashboard");

		this.app.open("customers");
		var customers = this.app.window.main().customers().model();
		this.app
			.waitUntil(() -> !customers.isBusy() && !customers.customers().isEmpty() && !customers.reps().isEmpty());
		TableView<Customer> customerTable = this.app.robot.lookup("#customers-table").queryTableView();
		this.app.robot.interact(() -> customerTable.getSelectionModel().select(2));
		this.app.waitUntil(() -> !customers.contacts().contacts().isEmpty());
		settle();
		shoot("customers");
		this.app.robot.clickOn("#customer-new");
		this.app.write("#customer-companyName", "Cabinet Rousseau");
		this.app.write("#customer-email", "contact@");
		this.app.write("#customer-postalCode", "6900");
		ComboBox<UserSummary> owner = this.app.robot.lookup("#customer-owner").queryComboBox();
		this.app.robot.interact(() -> owner.getSelectionModel().select(1));
		this.app.robot.clickOn("#customer-save");
		this.app.waitUntil(() -> this.app.visible("#error-customer-email"));
		settle();
		shoot("field-errors");

		this.app.open("appointments");
		var appointments = this.app.window.main().appointments().model();
		this.app.waitUntil(() -> !appointments.isBusy() && !appointments.reps().isEmpty());
		if (!appointments.appointments().isEmpty()) {
			var first = appointments.appointments().get(0);
			this.app.robot.interact(() -> appointments.select(first));
		}
		this.app.waitUntil(() -> !appointments.isBusy());
		settle();
		shoot("appointments");

		this.app.open("requests");
		var requests = this.app.window.main().requests().model();
		this.app.waitUntil(() -> !requests.isBusy() && !requests.requests().isEmpty() && !requests.reps().isEmpty());
		TableView<SiteRequest> requestTable = this.app.robot.lookup("#requests-table").queryTableView();
		this.app.robot.interact(() -> requestTable.getSelectionModel().select(0));
		ComboBox<UserSummary> rep = this.app.robot.lookup("#assign-rep").queryComboBox();
		this.app.robot.interact(() -> rep.getSelectionModel().select(1));
		this.app.waitUntil(() -> !requests.slots().isEmpty());
		ListView<TimeSlot> slots = this.app.robot.lookup("#assign-slots").queryListView();
		this.app.robot.interact(() -> slots.getSelectionModel().select(2));
		settle();
		shoot("requests");

		this.app.open("products");
		var products = this.app.window.main().products().model();
		this.app.waitUntil(() -> !products.isBusy() && products.products().size() > 5);
		TableView<Product> productTable = this.app.robot.lookup("#products-table").queryTableView();
		int index = indexOf(products.products(), "SRV-BAIE-12U");
		this.app.robot.interact(() -> productTable.getSelectionModel().select(Math.max(index, 0)));
		this.app.waitUntil(() -> !products.isBusy() && products.editingProperty().get() != null);
		this.app.write("#movement-quantity", "+5");
		this.app.write("#movement-reference", "BL-2026-1142");
		this.app.press("#movement-record");
		this.app.waitUntil(() -> !products.isBusy() && !products.movements().isEmpty());
		settle();
		shoot("products");

		this.app.open("invoices");
		var invoices = this.app.window.main().invoices().model();
		this.app.waitUntil(() -> !invoices.isBusy() && !invoices.invoices().isEmpty());
		this.app.write("#draft-customer-query", "Atelier Martinet");
		this.app.waitUntil(() -> invoices.draftCustomer().selected() != null);
		this.app.robot.clickOn("#draft-create");
		this.app.waitUntil(() -> invoices.invoiceProperty().get() != null && !invoices.isBusy());
		this.app.write("#line-product-query", "SRV-RACK-R350");
		this.app.waitUntil(() -> invoices.product().selected() != null);
		this.app.write("#line-new-quantity", "2");
		this.app.press("#line-add");
		this.app.waitUntil(() -> invoices.invoiceProperty().get().lines().size() == 1 && !invoices.isBusy());
		this.app.write("#line-product-query", "LOG-CRM-USR");
		this.app.waitUntil(() -> invoices.product().selected() != null);
		this.app.write("#line-new-quantity", "10");
		this.app.write("#line-new-discount", "5");
		this.app.reveal("#invoice-lines");
		settle();
		shoot("invoices");
		this.app.press("#line-add");
		this.app.waitUntil(() -> invoices.invoiceProperty().get().lines().size() == 2 && !invoices.isBusy());
		this.app.robot.clickOn("#invoice-issue");
		this.app.robot.clickOn("#confirm-yes");
		this.app.waitUntil(() -> !invoices.invoiceProperty().get().isDraft() && !invoices.isBusy());
		this.app.write("#payment-amount", "5000");
		this.app.write("#payment-reference", "VIR-2026-118");
		this.app.press("#payment-record");
		this.app.waitUntil(() -> !invoices.isBusy() && !invoices.invoiceProperty().get().payments().isEmpty());
		this.app.reveal("#invoice-heading");
		settle();
		shoot("invoice-issued");

		this.app.open("statistics");
		var statistics = this.app.window.main().statistics().model();
		this.app.waitUntil(() -> !statistics.isBusy() && statistics.figuresProperty().get() != null);
		this.app.write("#stats-recipients", "direction@infotools.fr, compta@infotools.fr");
		this.app.write("#stats-message", "Bonjour, voici les chiffres des douze derniers mois.");
		settle();
		shoot("statistics");

		this.app.open("audit");
		var audit = this.app.window.main().audit().model();
		this.app.waitUntil(() -> !audit.isBusy() && !audit.entries().isEmpty());
		TableView<AuditEntry> auditTable = this.app.robot.lookup("#audit-table-view").queryTableView();
		int update = 0;
		for (int i = 0; i < audit.entries().size(); i++) {
			if (audit.entries().get(i).action() == fr.infotools.desktop.api.model.AuditAction.UPDATE) {
				update = i;
				break;
			}
		}
		int row = update;
		this.app.robot.interact(() -> auditTable.getSelectionModel().select(row));
		settle();
		shoot("audit");

		this.app.open("customers");
		this.app.robot.clickOn("#customer-new");
		this.app.write("#customer-companyName", "Menuiserie Garnier");
		this.app.robot.interact(() -> owner.getSelectionModel().select(2));
		String access = this.app.window.client().tokens().orElseThrow().accessToken();
		TestServer.send("POST", "/api/v1/auth/logout", access, null);
		this.app.robot.clickOn("#customer-save");
		this.app.waitUntil(() -> this.app.robot.lookup("#relogin").tryQuery().isPresent());
		settle();
		shoot("session-expired");
		assertThat(Files.list(this.folder).count()).isGreaterThanOrEqualTo(12);
	}

	private static int indexOf(java.util.List<Product> products, String sku) {
		for (int i = 0; i < products.size(); i++) {
			if (products.get(i).sku().equals(sku)) {
				return i;
			}
		}
		return -1;
	}

	/** Lets the screen finish drawing (charts, tables). */
	private void settle() throws Exception {
		WaitForAsyncUtils.waitForFxEvents();
		WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS);
		WaitForAsyncUtils.waitForFxEvents();
	}

	private void shoot(String name) throws IOException, InterruptedException {
		Path file = this.folder.resolve("desktop-" + name + ".png").toAbsolutePath();
		Process process = new ProcessBuilder("import", "-window", "root", file.toString()).inheritIO().start();
		if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IllegalStateException("import failed for " + file);
		}
	}

}
