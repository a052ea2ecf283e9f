package fr.infotools.extranet;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import fr.infotools.customer.Customers;
import fr.infotools.testsupport.Actors;
import fr.infotools.testsupport.Chromium;
import fr.infotools.testsupport.DemoAccounts;
import fr.infotools.testsupport.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The extranet in a real browser (headless Chromium), doing what a sales rep does: log in
 * and see the home page, book an appointment (the server refuses a date in the past next
 * to the field, keeping what was typed; once corrected it is booked), change it and
 * delete it, search a customer and open their file and purchase recap, look up the
 * catalogue, change the profile, try another rep's customer by its address (a 404 page),
 * log out for good. A manager is shown the refusal page, the developer is refused at
 * login. Every page, error states included, passes axe-core with no serious or critical
 * violation; each main page is saved as a screenshot (desktop, and the home page at phone
 * width).
 */
@ExtendWith(Chromium.class)
@IntegrationTest
class ExtranetBrowserTests {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Actors actors;

	@Autowired
	Customers customers;

	@AfterEach
	void leave() {
		driver().manage().window().setSize(new Dimension(1280, 900));
		driver().manage().deleteAllCookies();
	}

	@Test
	void aRepBooksAnAppointmentCorrectsTheFormChangesItAndDeletesIt() throws Exception {
		logIn(DemoAccounts.REP);
		assertThat(driver().getCurrentUrl()).endsWith("/app");
		assertThat(text("h1")).isEqualTo("Bonjour Jean Dupont");
		assertThat(driver().findElement(By.id("next")).getText()).contains("Prochain rendez-vous");
		assertThat(driver().findElement(By.id("appointments-this-month")).getText()).matches("\\d+");
		assertThat(driver().findElement(By.id("revenue-this-year")).getText()).endsWith("€");
		accessible();
		Chromium.screenshot("app-home");

		String subject = "Démonstration " + UUID.randomUUID().toString().substring(0, 6);
		click(By.linkText("Nouveau rendez-vous"));
		waitForTitle("Nouveau rendez-vous");
		Select customer = new Select(driver().findElement(By.id("customerId")));
		customer.selectByIndex(1);
		String customerOption = customer.getFirstSelectedOption().getText();
		String customerName = customerOption.replaceFirst(" \\(.*\\)$", "");
		setValue("date", LocalDate.now(PARIS).minusDays(2).toString());
		setValue("startTime", "18:00");
		setValue("endTime", "19:00");
		type("subject", subject);
		type("place", "Salle <b>Confluence</b>");
		click(By.id("save"));

		WebElement dateError = new WebDriverWait(driver(), Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("date-error")));
		assertThat(dateError.getText()).contains("passé");
		assertThat(driver().findElement(By.id("date")).getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(driver().findElement(By.id("subject")).getAttribute("value")).isEqualTo(subject);
		assertThat(driver().findElement(By.id("place")).getAttribute("value")).isEqualTo("Salle <b>Confluence</b>");
		assertThat(new Select(driver().findElement(By.id("customerId"))).getFirstSelectedOption().getText())
			.isEqualTo(customerOption);
		assertThat(driver().switchTo().activeElement().getAttribute("class")).contains("error-summary");
		accessible();
		Chromium.screenshot("app-appointment-errors");

		LocalDate day = LocalDate.now(PARIS).plusYears(2).plusDays(ThreadLocalRandom.current().nextInt(700));
		setValue("date", day.toString());
		click(By.id("save"));
		waitForTitle(subject);
		assertThat(text(".notice.ok")).contains("enregistré");
		assertThat(text("main")).contains(customerName).contains("18:00–19:00").contains("Salle <b>Confluence</b>");
		String detail = driver().getCurrentUrl();
		long id = Long.parseLong(detail.substring(detail.lastIndexOf('/') + 1));
		accessible();

		click(By.linkText("Modifier"));
		waitForTitle("Modifier le rendez-vous");
		type("subject", subject + " (revu)");
		setValue("endTime", "19:30");
		click(By.id("save"));
		waitForTitle(subject + " (revu)");
		assertThat(text("main")).contains("18:00–19:30");

		open("/app/rendez-vous/semaine?date=" + day);
		assertThat(text(".week")).contains(subject + " (revu)");
		accessible();
		Chromium.screenshot("app-appointments-week");

		open("/app/rendez-vous/" + id);
		click(By.linkText("Supprimer"));
		waitForTitle("Supprimer ce rendez-vous ?");
		assertThat(text("main")).contains(subject);
		accessible();
		click(By.cssSelector("button.danger"));
		new WebDriverWait(driver(), Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*/app/rendez-vous$"));
		assertThat(text(".notice.ok")).contains("supprimé");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM appointments WHERE id = ?").param(id).query(Long.class).single())
			.isZero();
		accessible();
		Chromium.screenshot("app-appointments");
	}

	@Test
	void aRepSearchesACustomerAndOpensTheirFileAndPurchaseRecap() throws Exception {
		long rep = this.actors.user(DemoAccounts.REP).id();
		String name = this.jdbc.sql("""
				SELECT c.company_name FROM customers c WHERE c.owner_id = ? AND EXISTS
				  (SELECT 1 FROM invoices i WHERE i.customer_id = c.id AND i.status <> 'DRAFT')
				ORDER BY c.company_name LIMIT 1""").param(rep).query(String.class).single();
		logIn(DemoAccounts.REP);
		click(By.linkText("Prospects et clients"));
		waitForTitle("Prospects et clients");
		accessible();
		Chromium.screenshot("app-customers");
		type("q", name.substring(0, Math.min(name.length(), 9)));
		driver().findElement(By.id("q")).sendKeys(Keys.ENTER);
		new WebDriverWait(driver(), Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("q="));
		List<WebElement> found = driver().findElements(By.cssSelector("#customers tbody tr"));
		assertThat(found).isNotEmpty()
			.allSatisfy((row) -> assertThat(row.getText()).startsWithIgnoringCase(name.substring(0, 9)));
		click(By.linkText(name));
		waitForTitle(name);
		assertThat(text("#contacts")).contains("Contacts");
		assertThat(text("#invoices")).contains("FA-");
		accessible();
		Chromium.screenshot("app-customer");

		click(By.linkText("Achats"));
		waitForTitle("Achats de " + name);
		assertThat(driver().findElements(By.cssSelector("#documents tbody tr"))).isNotEmpty();
		assertThat(text("#total-excl")).endsWith("€");
		assertThat(text("#years")).containsPattern("20\\d\\d");
		assertThat(driver().findElement(By.cssSelector("button.print")).isDisplayed()).isTrue();
		accessible();
		Chromium.screenshot("app-purchases");
	}

	@Test
	void aRepCreatesAProspectAfterCorrectingTheForm() throws Exception {
		String name = "Prospect navigateur " + UUID.randomUUID().toString().substring(0, 6);
		logIn(DemoAccounts.REP);
		click(By.linkText("Nouveau prospect"));
		waitForTitle("Nouveau prospect ou client");
		type("companyName", name);
		type("phone", "12 34");
		type("postalCode", "690");
		click(By.id("save"));
		new WebDriverWait(driver(), Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("phone-error")));
		assertThat(text("#postalCode-error")).contains("5 chiffres");
		assertThat(driver().findElement(By.id("companyName")).getAttribute("value")).isEqualTo(name);
		accessible();
		Chromium.screenshot("app-customer-errors");
		type("phone", "04 72 10 20 30");
		type("postalCode", "69002");
		type("city", "Lyon");
		click(By.id("save"));
		waitForTitle(name);
		click(By.id("convert"));
		// the notice of the page being left can vanish between finding it and reading it:
		// Chrome then
		// answers an inspector error rather than a stale element, so both are polled
		// through
		new WebDriverWait(driver(), Duration.ofSeconds(10)).ignoring(org.openqa.selenium.WebDriverException.class)
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice.ok"), "client"));
		click(By.linkText("Supprimer"));
		waitForTitle("Supprimer " + name + " ?");
		click(By.cssSelector("button.danger"));
		new WebDriverWait(driver(), Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*/app/clients$"));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM customers WHERE company_name = ?")
			.param(name)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void anotherRepsCustomerByItsAddressIsANotFoundPage() throws Exception {
		long theirs = this.jdbc.sql("SELECT MIN(id) FROM customers WHERE owner_id = ?")
			.param(this.actors.user(DemoAccounts.OTHER_REP).id())
			.query(Long.class)
			.single();
		logIn(DemoAccounts.REP);
		open("/app/clients/" + theirs);
		assertThat(text("h1")).isEqualTo("Page introuvable");
		assertThat(driver().getPageSource()).doesNotContain("\"code\"");
		accessible();
		Chromium.screenshot("app-not-found");
		click(By.linkText("Retour à l'accueil"));
		waitForTitle("Accueil");
	}

	@Test
	void theCatalogueAndTheProfile() throws Exception {
		logIn(DemoAccounts.REP);
		click(By.linkText("Produits"));
		waitForTitle("Produits");
		assertThat(text("#products")).contains("Prix HT").contains("Prix TTC").doesNotContainIgnoringCase("coût");
		accessible();
		Chromium.screenshot("app-products");
		new Select(driver().findElement(By.id("categorie"))).selectByVisibleText("Serveurs");
		click(By.id("search"));
		new WebDriverWait(driver(), Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("categorie=SERVER"));
		assertThat(driver().findElements(By.cssSelector("#products tbody tr")))
			.allSatisfy((row) -> assertThat(row.getText()).contains("Serveurs"));

		click(By.linkText("Profil"));
		waitForTitle("Mon profil");
		assertThat(driver().findElement(By.id("calendar-url")).getAttribute("value"))
			.contains("/api/v1/appointments/calendar.ics?token=");
		accessible();
		Chromium.screenshot("app-profile");
		click(By.id("language-en"));
		click(By.id("save-language"));
		waitForTitle("My profile");
		assertThat(text(".notice.ok")).isEqualTo("The language is saved.");
		click(By.linkText("Home"));
		assertThat(text("h1")).isEqualTo("Hello Jean Dupont");
		open("/app/profil");
		click(By.id("language-fr"));
		click(By.id("save-language"));
		waitForTitle("Mon profil");
	}

	@Test
	void onAPhoneTheMenuFoldsAwayAndThePagesStillWork() throws Exception {
		driver().manage().window().setSize(new Dimension(390, 844));
		logIn(DemoAccounts.REP);
		WebElement toggle = driver().findElement(By.cssSelector(".nav-toggle"));
		assertThat(toggle.isDisplayed()).isTrue();
		assertThat(driver().findElement(By.id("app-menu")).isDisplayed()).isFalse();
		accessible();
		Chromium.screenshot("app-home-phone");
		toggle.sendKeys(Keys.ENTER);
		assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
		WebElement appointments = driver().findElement(By.linkText("Rendez-vous"));
		assertThat(appointments.isDisplayed()).isTrue();
		appointments.click();
		waitForTitle("Rendez-vous");
		Long overflow = (Long) ((JavascriptExecutor) driver())
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
		assertThat(overflow).as("no horizontal scrolling on a phone").isLessThanOrEqualTo(0L);
		accessible();
	}

	@Test
	void loggingOutEndsTheSessionForGood() {
		logIn(DemoAccounts.REP);
		open("/app/clients");
		click(By.cssSelector(".who button"));
		new WebDriverWait(driver(), Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login"));
		assertThat(text("main")).contains("Vous êtes déconnecté");
		driver().navigate().back();
		new WebDriverWait(driver(), Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login"));
		assertThat(driver().findElements(By.id("customers"))).isEmpty();
		open("/app");
		assertThat(driver().getCurrentUrl()).contains("/login");
	}

	@Test
	void aManagerIsShownTheRefusalPageAndTheDeveloperCannotLogIn() throws Exception {
		logIn(DemoAccounts.MANAGER);
		assertThat(text("h1")).isEqualTo("Espace réservé aux commerciaux");
		assertThat(text("main")).contains("application de bureau");
		assertThat(driver().findElements(By.id("app-menu"))).isEmpty();
		accessible();
		Chromium.screenshot("app-refused");
		click(By.id("refused-logout"));
		new WebDriverWait(driver(), Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login"));

		logIn(DemoAccounts.DEVELOPER);
		assertThat(driver().getCurrentUrl()).contains("/login?error");
		assertThat(text(".error")).contains("aucun groupe du CRM");
		accessible();
		open("/app");
		assertThat(driver().getCurrentUrl()).contains("/login");
	}

	private void logIn(String username) {
		driver().manage().deleteAllCookies();
		open("/login");
		type("username", username);
		type("password", DemoAccounts.PASSWORD);
		driver().findElement(By.id("password")).sendKeys(Keys.ENTER);
		new WebDriverWait(driver(), Duration.ofSeconds(15))
			.until((d) -> !d.getCurrentUrl().endsWith("/login") && d.findElements(By.tagName("h1")).size() > 0
					|| d.getCurrentUrl().contains("error"));
	}

	private void accessible() {
		assertThat(Chromium.seriousAccessibilityViolations()).as("axe-core on " + driver().getCurrentUrl()).isEmpty();
	}

	private WebDriver driver() {
		return Chromium.driver();
	}

	private void open(String path) {
		driver().get("http://localhost:" + this.port + path);
	}

	private String text(String css) {
		return driver().findElement(By.cssSelector(css)).getText();
	}

	/** Waits for the page whose title is this one. */
	private void waitForTitle(String title) {
		new WebDriverWait(driver(), Duration.ofSeconds(10)).until(ExpectedConditions.titleIs(title + " — InfoTools"));
	}

	private void click(By selector) {
		new WebDriverWait(driver(), Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
			.until((d) -> {
				WebElement element = d.findElement(selector);
				((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
				element.click();
				return true;
			});
	}

	private void type(String field, String text) {
		WebElement input = driver().findElement(By.id(field));
		input.clear();
		input.sendKeys(text);
	}

	/** Sets a date or time field, whose typing depends on the browser's locale. */
	private void setValue(String field, String value) {
		((JavascriptExecutor) driver()).executeScript("arguments[0].value = arguments[1]",
				driver().findElement(By.id(field)), value);
	}

}
