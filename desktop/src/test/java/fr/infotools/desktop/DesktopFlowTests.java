package fr.infotools.desktop;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import fr.infotools.desktop.api.ApiClient;
import fr.infotools.desktop.api.CustomersApi;
import fr.infotools.desktop.api.model.Customer;
import fr.infotools.desktop.api.model.CustomerInput;
import fr.infotools.desktop.api.model.Invoice;
import fr.infotools.desktop.api.model.InvoiceStatus;
import fr.infotools.desktop.api.model.Product;
import fr.infotools.desktop.api.model.RequestStatus;
import fr.infotools.desktop.api.model.SiteRequest;
import fr.infotools.desktop.api.model.TimeSlot;
import fr.infotools.desktop.api.model.UserSummary;
import fr.infotools.desktop.invoices.InvoicesViewModel;
import fr.infotools.desktop.products.ProductsViewModel;
import fr.infotools.desktop.requests.RequestsViewModel;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's real screens, driven with TestFX (headless with Monocle), against a
 * real server started with the demo data: what a manager does in a day.
 */
@ExtendWith(ApplicationExtension.class)
class DesktopFlowTests {

	private DesktopDriver app;

	@BeforeAll
	static void server() {
		TestServer.url();
	}

	@Start
	void start(Stage stage) {
		this.app = new DesktopDriver(new FxRobot());
		this.app.start(stage);
	}

	@AfterEach
	void stop() {
		this.app.stop();
	}

	@Test
	void aSalesRepOrADeveloperIsToldWhyTheyCannotGetIn() {
		this.app.logIn("jdupont", "InfoTools2026!");
		this.app.waitUntil(() -> this.app.visible(".error-banner"));
		assertThat(this.app.robot.lookup(".error-banner").queryLabeled().getText())
			.contains("réservée aux responsables");
		assertThat(this.app.window.main()).isNull();

		this.app.logIn("pdurand", "InfoTools2026!");
		this.app.waitUntil(() -> String.valueOf(this.app.robot.lookup(".error-banner").queryLabeled().getText())
			.contains("groupe"));
		assertThat(this.app.robot.lookup(".error-banner").queryLabeled().getText()).contains("aucun groupe du CRM");
		assertThat(this.app.text("#username")).isEqualTo("pdurand");
	}

	@Test
	void aWrongPasswordOrAServerThatDoesNotAnswerIsSaidPlainly() {
		this.app.logIn("mmartin", "wrong");
		this.app.waitUntil(() -> this.app.visible(".error-banner"));
		assertThat(this.app.robot.lookup(".error-banner").queryLabeled().getText())
			.isEqualTo("Identifiant ou mot de passe incorrect.");

		this.app.write("#server", "http://127.0.0.1:9");
		this.app.logIn("mmartin", "InfoTools2026!");
		this.app.waitUntil(() -> String.valueOf(this.app.robot.lookup(".error-banner").queryLabeled().getText())
			.contains("ne répond"));
		assertThat(this.app.text("#password")).as("nothing typed is lost").isEqualTo("InfoTools2026!");
	}

	@Test
	void theManagerSeesTheDashboard() {
		this.app.logInAsManager();
		this.app.waitUntil(() -> this.app.robot.lookup("#kpi-revenue").tryQuery().isPresent());
		assertThat(this.app.text("#kpi-revenue")).endsWith("€");
		assertThat(this.app.text("#current-user")).contains("Marie Martin");
	}

	@Test
	void anInvoiceIsDraftedIssuedAndTheStockDrops() {
		this.app.logInAsManager();
		int before = stockOf("SRV-BAIE-12U");

		this.app.open("invoices");
		InvoicesViewModel invoices = this.app.window.main().invoices().model();
		this.app.write("#draft-customer-query", "Atelier Martinet");
		this.app.waitUntil(() -> invoices.draftCustomer().selected() != null);
		this.app.robot.clickOn("#draft-create");
		this.app.waitUntil(() -> invoices.invoiceProperty().get() != null && invoices.invoiceProperty().get().isDraft()
				&& !invoices.isBusy());
		assertThat(this.app.text("#invoice-heading")).contains("brouillon");

		this.app.write("#line-product-query", "SRV-BAIE");
		this.app.waitUntil(() -> invoices.product().selected() != null);
		this.app.write("#line-new-quantity", "2");
		assertThat(plain(this.app.text("#line-preview"))).contains("1 080,00 € HT").contains("1 296,00 € TTC");
		this.app.press("#line-add");
		this.app.waitUntil(() -> invoices.invoiceProperty().get().lines().size() == 1);
		assertThat(plain(this.app.text("#total-incl"))).isEqualTo("1 296,00 €");

		this.app.robot.clickOn("#invoice-issue");
		this.app.robot.clickOn("#confirm-yes");
		this.app.waitUntil(() -> invoices.invoiceProperty().get().status() == InvoiceStatus.ISSUED);
		Invoice issued = invoices.invoiceProperty().get();
		assertThat(issued.number()).matches("FA-\\d{4}-\\d{5}");
		assertThat(this.app.text("#invoice-heading")).contains(issued.number());
		assertThat(this.app.robot.lookup(".info-banner").queryLabeled().getText()).contains(issued.number());

		assertThat(stockOf("SRV-BAIE-12U")).isEqualTo(before - 2);

		Path pdf = Path.of("target", "test-invoice.pdf");
		this.app.nextSaveTarget = pdf;
		this.app.open("invoices");
		this.app.robot.clickOn("#invoice-pdf-save");
		this.app.waitUntil(() -> Files.exists(pdf) && !invoices.isBusy());
		assertThat(read(pdf)).startsWith("%PDF");
	}

	private int stockOf(String sku) {
		this.app.open("products");
		ProductsViewModel products = this.app.window.main().products().model();
		this.app.write("#products-search", sku);
		this.app.waitUntil(() -> !products.isBusy() && products.products().size() == 1
				&& products.products().get(0).sku().equals(sku));
		TableView<Product> table = this.app.robot.lookup("#products-table").queryTableView();
		this.app.robot.interact(() -> table.getSelectionModel().select(0));
		this.app.waitUntil(() -> this.app.text("#product-heading").startsWith(sku));
		return products.products().get(0).stockLevel();
	}

	@Test
	void aWebsiteRequestIsAssignedToARepsFreeSlot() {
		this.app.logInAsManager();
		this.app.open("requests");
		RequestsViewModel requests = this.app.window.main().requests().model();
		this.app.waitUntil(() -> !requests.isBusy() && !requests.requests().isEmpty() && !requests.reps().isEmpty());
		TableView<SiteRequest> table = this.app.robot.lookup("#requests-table").queryTableView();
		this.app.robot.interact(() -> table.getSelectionModel().select(0));
		SiteRequest request = requests.selectedProperty().get();
		assertThat(request.status()).isEqualTo(RequestStatus.NEW);
		assertThat(this.app.text("#request-requester")).isEqualTo(request.requesterName());

		ComboBox<UserSummary> rep = this.app.robot.lookup("#assign-rep").queryComboBox();
		this.app.robot.interact(() -> rep.getSelectionModel().select(0));
		this.app.waitUntil(() -> !requests.slots().isEmpty());
		ListView<TimeSlot> slots = this.app.robot.lookup("#assign-slots").queryListView();
		this.app.robot.interact(() -> slots.getSelectionModel().select(0));
		this.app.robot.clickOn("#assign");
		this.app.waitUntil(() -> requests.selectedProperty().get().status() == RequestStatus.ASSIGNED);
		assertThat(this.app.robot.lookup(".info-banner").queryLabeled().getText()).contains(request.requesterName())
			.contains(rep.getValue().displayName());
		this.app.waitUntil(() -> !requests.isBusy()
				&& requests.requests().stream().noneMatch((waiting) -> waiting.id().equals(request.id())));
		assertThat(requests.selectedProperty().get().status()).isEqualTo(RequestStatus.ASSIGNED);
	}

	@Test
	void theStatisticsReportIsExportedAsPdfAndSentByEmail() throws Exception {
		this.app.logInAsManager();
		this.app.open("statistics");
		var statistics = this.app.window.main().statistics().model();
		this.app.waitUntil(() -> statistics.figuresProperty().get() != null && !statistics.isBusy());
		assertThat(statistics.figuresProperty().get().byMonth()).isNotEmpty();
		Path report = Path.of("target", "test-statistics.pdf");
		Files.deleteIfExists(report);
		this.app.nextSaveTarget = report;
		this.app.robot.clickOn("#stats-export");
		this.app.waitUntil(() -> !statistics.isBusy() && statistics.infoProperty().get() != null);
		assertThat(read(report)).isEqualTo("%PDF");
		assertThat(Files.size(report)).isGreaterThan(10_000);

		this.app.write("#stats-recipients", "direction@infotools.fr; pas-une-adresse");
		this.app.robot.clickOn("#stats-send");
		this.app.waitUntil(() -> statistics.fieldErrors().containsKey("recipients"));
		assertThat(this.app.robot.lookup("#stats-recipients").query().getPseudoClassStates())
			.extracting(Object::toString)
			.contains("invalid");
		assertThat(this.app.robot.lookup(".error-banner").queryLabeled().getText()).contains("pas-une-adresse");

		this.app.write("#stats-recipients", "direction@infotools.fr, compta@infotools.fr");
		this.app.write("#stats-message", "Chiffres du test de bout en bout");
		this.app.robot.clickOn("#stats-send");
		this.app.waitUntil(() -> !statistics.isBusy()
				&& String.valueOf(statistics.infoProperty().get()).contains("compta@infotools.fr"));
		String access = this.app.window.client().tokens().orElseThrow().accessToken();
		String outbox = TestServer.send("GET", "/api/v1/mail/messages?size=50", access, null).body();
		assertThat(outbox).contains("\"template\":\"report\"")
			.contains("compta@infotools.fr")
			.contains("application/pdf");
	}

	@Test
	void serverFieldErrorsShowNextToTheFieldsAndNothingTypedIsLost() {
		this.app.logInAsManager();
		this.app.open("customers");
		var customers = this.app.window.main().customers().model();
		this.app.waitUntil(() -> !customers.reps().isEmpty());
		this.app.robot.clickOn("#customer-new");
		this.app.write("#customer-companyName", "Boulangerie Test");
		this.app.write("#customer-email", "pas-une-adresse");
		ComboBox<UserSummary> owner = this.app.robot.lookup("#customer-owner").queryComboBox();
		this.app.robot.interact(() -> owner.getSelectionModel().select(1));
		this.app.robot.clickOn("#customer-save");
		this.app.waitUntil(() -> this.app.visible("#error-customer-email"));
		assertThat(this.app.text("#error-customer-email")).contains("adresse");
		assertThat(this.app.text("#customer-email")).isEqualTo("pas-une-adresse");
		assertThat(this.app.text("#customer-companyName")).isEqualTo("Boulangerie Test");

		this.app.write("#customer-email", "contact@boulangerie-test.fr");
		this.app.robot.clickOn("#customer-save");
		this.app.waitUntil(() -> customers.editingProperty().get() != null);
		assertThat(this.app.visible("#error-customer-email")).isFalse();
		assertThat(customers.editingProperty().get().ownerName()).isEqualTo(owner.getValue().displayName());
	}

	@Test
	void aRecordChangedMeanwhileBySomeoneElseIsNotOverwrittenAndWhatWasTypedStays() {
		this.app.logInAsManager();
		this.app.open("customers");
		var customers = this.app.window.main().customers().model();
		this.app.waitUntil(() -> !customers.isBusy() && !customers.customers().isEmpty());
		TableView<Customer> table = this.app.robot.lookup("#customers-table").queryTableView();
		this.app.robot.interact(() -> table.getSelectionModel().select(3));
		this.app.waitUntil(() -> customers.editingProperty().get() != null && !customers.isBusy());
		Customer opened = customers.editingProperty().get();

		ApiClient colleague = new ApiClient(Clock.systemUTC());
		colleague.setServer(URI.create(TestServer.url()));
		colleague.login("mmartin", "InfoTools2026!");
		CustomersApi api = new CustomersApi(colleague);
		Customer current = api.get(opened.id());
		api.update(current.id(),
				new CustomerInput(current.type(), current.companyName(), current.siren(), current.email(),
						current.phone(), current.addressLine(), current.postalCode(), current.city(), current.country(),
						"Changé par un collègue", current.ownerId(), current.version()));

		this.app.write("#customer-notes", "Mes notes à moi");
		this.app.robot.clickOn("#customer-save");
		this.app.waitUntil(() -> !customers.isBusy() && customers.errorProperty().get() != null);
		assertThat(customers.errorProperty().get()).startsWith("Quelqu’un a modifié cet enregistrement");
		assertThat(this.app.text("#customer-notes")).isEqualTo("Mes notes à moi");
		assertThat(api.get(opened.id()).notes()).isEqualTo("Changé par un collègue");

		this.app.press("#customer-reload");
		this.app
			.waitUntil(() -> !customers.isBusy() && "Changé par un collègue".equals(this.app.text("#customer-notes")));
		this.app.write("#customer-notes", "Mes notes à moi");
		this.app.robot.clickOn("#customer-save");
		this.app.waitUntil(() -> !customers.isBusy() && "Mes notes à moi".equals(api.get(opened.id()).notes()));
	}

	@Test
	void aLostSessionBringsTheLoginBackAndTheActionGoesThroughAfterwards() {
		this.app.logInAsManager();
		this.app.open("customers");
		var customers = this.app.window.main().customers().model();
		this.app.waitUntil(() -> !customers.reps().isEmpty());
		this.app.robot.clickOn("#customer-new");
		this.app.write("#customer-companyName", "Menuiserie Session");
		ComboBox<UserSummary> owner = this.app.robot.lookup("#customer-owner").queryComboBox();
		this.app.robot.interact(() -> owner.getSelectionModel().select(1));

		String access = this.app.window.client().tokens().orElseThrow().accessToken();
		assertThat(TestServer.send("POST", "/api/v1/auth/logout", access, null).statusCode()).isEqualTo(204);

		this.app.robot.clickOn("#customer-save");
		this.app.waitUntil(() -> this.app.robot.lookup("#relogin").tryQuery().isPresent());
		assertThat(this.app.text("#customer-companyName")).isEqualTo("Menuiserie Session");
		this.app.write("#relogin #password", "InfoTools2026!");
		this.app.robot.clickOn("#relogin #login");
		this.app.waitUntil(() -> customers.editingProperty().get() != null);
		Customer created = customers.editingProperty().get();
		assertThat(created.companyName()).isEqualTo("Menuiserie Session");
		assertThat(this.app.robot.lookup("#relogin").tryQuery()).isEmpty();
	}

	/** The text with plain spaces (amounts use no-break spaces). */
	private static String plain(String text) {
		return text.replace('\u00a0', ' ').replace('\u202f', ' ');
	}

	private static String read(Path file) {
		try {
			return new String(Files.readAllBytes(file), 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
		}
		catch (java.io.IOException ex) {
			throw new AssertionError(ex);
		}
	}

}
