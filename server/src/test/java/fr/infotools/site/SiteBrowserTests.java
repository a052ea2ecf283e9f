package fr.infotools.site;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import fr.infotools.catalog.Catalog;
import fr.infotools.catalog.Product;
import fr.infotools.catalog.ProductDetails;
import fr.infotools.testsupport.Actors;
import fr.infotools.testsupport.Api;
import fr.infotools.testsupport.Chromium;
import fr.infotools.testsupport.DemoAccounts;
import fr.infotools.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public website in a real browser (headless Chromium): products come from the
 * database and follow what managers change, the request form shows the server's verdict
 * next to each field and keeps what was typed, a good request reaches the managers'
 * queue, the honeypot stops robots, and every page passes the automated accessibility
 * check.
 */
@ExtendWith(Chromium.class)
@IntegrationTest
class SiteBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Catalog catalog;

	@Autowired
	Actors actors;

	@Test
	void theHomePageShowsFlagshipProductsFromTheDatabase() throws Exception {
		open("/");
		List<WebElement> featured = waitFor(By.cssSelector("#featured .product"), 3);
		List<String> showcased = showcasedNames();
		assertThat(featured).hasSize(3)
			.allSatisfy((card) -> assertThat(showcased).contains(card.findElement(By.tagName("h3")).getText()));
		assertThat(driver().getTitle()).contains("Info-Tools");
		assertThat(driver().findElement(By.cssSelector("meta[name=description]")).getAttribute("content")).isNotBlank();
		assertThat(Chromium.seriousAccessibilityViolations()).isEmpty();
		Chromium.screenshot("site-home");
	}

	@Test
	void theCatalogueFollowsWhatManagersMarkFeaturedOrInactive() throws Exception {
		open("/produits");
		List<String> showcased = showcasedNames();
		assertThat(names(waitFor(By.cssSelector("#catalogue .product"), showcased.size())))
			.containsExactlyInAnyOrderElementsOf(showcased);
		assertThat(Chromium.seriousAccessibilityViolations()).isEmpty();
		Chromium.screenshot("site-products");

		Product product = this.actors.as(DemoAccounts.MANAGER,
				() -> this.catalog
					.create(new ProductDetails("WEB-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
							"Produit vitrine du test", "Visible", fr.infotools.catalog.ProductCategory.SERVICE,
							fr.infotools.shared.Money.euros("99.00"), fr.infotools.shared.Money.euros("10.00"),
							fr.infotools.shared.VatRate.STANDARD, true, true, false, 0)));
		open("/produits");
		assertThat(names(waitFor(By.cssSelector("#catalogue .product"), showcased.size() + 1)))
			.contains("Produit vitrine du test");
		this.actors.run(DemoAccounts.MANAGER,
				() -> this.catalog.update(product.getId(),
						new ProductDetails(product.getSku(), "Produit vitrine du test", "Visible",
								fr.infotools.catalog.ProductCategory.SERVICE, fr.infotools.shared.Money.euros("99.00"),
								fr.infotools.shared.Money.euros("10.00"), fr.infotools.shared.VatRate.STANDARD, true,
								false, false, 0)));
		open("/produits");
		assertThat(names(waitFor(By.cssSelector("#catalogue .product"), showcased.size())))
			.doesNotContain("Produit vitrine du test");
		this.actors.run(DemoAccounts.MANAGER, () -> this.catalog.delete(product.getId()));

		click(By.cssSelector("#filters button[data-category=SERVER]"));
		new WebDriverWait(driver(), Duration.ofSeconds(10))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until((d) -> {
				List<WebElement> cards = d.findElements(By.cssSelector("#catalogue .product"));
				return !cards.isEmpty() && cards.stream()
					.allMatch(
							(card) -> card.findElement(By.className("category")).getText().equalsIgnoreCase("Serveur"));
			});
		assertThat(driver().findElement(By.cssSelector("#filters button[data-category=SERVER]"))
			.getAttribute("aria-pressed")).isEqualTo("true");
	}

	@Test
	void aProductHasItsOwnPageWithItsPriceAndAWayToAskForAnAppointment() throws Exception {
		open("/produits");
		waitFor(By.cssSelector("#catalogue .product a.more"), 1);
		click(By.cssSelector("#catalogue .product a.more"));
		String title = new WebDriverWait(driver(), Duration.ofSeconds(10))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until((d) -> d.getCurrentUrl().matches(".*/produits/\\d+$")
					&& !d.findElements(By.cssSelector("#product h1")).isEmpty()
							? d.findElement(By.cssSelector("#product h1")).getText() : null);
		assertThat(showcasedNames()).contains(title);
		assertThat(driver().findElement(By.cssSelector("#product .price")).getText()).contains("€ HT").contains("TTC");
		assertThat(Chromium.seriousAccessibilityViolations()).isEmpty();
		Chromium.screenshot("site-product");
		click(By.cssSelector("#product a.button"));
		new WebDriverWait(driver(), Duration.ofSeconds(10))
			.until((d) -> !d.findElement(By.id("subject")).getAttribute("value").isEmpty());
		assertThat(driver().findElement(By.id("subject")).getAttribute("value")).contains(title);
	}

	@Test
	void theFormShowsTheServersErrorsNextToEachFieldAndKeepsWhatWasTyped() throws Exception {
		long before = requests();
		open("/rendez-vous");
		type("requesterName", "Jean Testeur");
		type("email", "jean@");
		type("phone", "12345");
		type("subject", "Un devis");
		type("message", "<script>alert('x')</script>");
		click(By.id("consent"));
		click(By.id("submit"));
		WebElement emailError = new WebDriverWait(driver(), Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("email-error")));
		assertThat(emailError.getText()).isNotBlank();
		assertThat(driver().findElement(By.id("phone-error")).getText()).contains("téléphone");
		assertThat(driver().findElement(By.id("message-error")).getText()).contains("balise");
		assertThat(driver().findElement(By.id("email")).getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(driver().switchTo().activeElement().getAttribute("id")).as("focus on the first wrong field")
			.isEqualTo("email");
		assertThat(driver().findElement(By.id("requesterName-error")).isDisplayed()).isFalse();
		assertThat(driver().findElement(By.id("message")).getAttribute("value"))
			.isEqualTo("<script>alert('x')</script>");
		assertThat(driver().findElement(By.id("requesterName")).getAttribute("value")).isEqualTo("Jean Testeur");
		assertThat(driver().findElement(By.id("form-error")).isDisplayed()).isTrue();
		assertThat(requests()).isEqualTo(before);
		assertThat(Chromium.seriousAccessibilityViolations()).isEmpty();
		Chromium.screenshot("site-request-errors");
	}

	@Test
	void aGoodRequestIsConfirmedAndReachesTheManagersQueue() throws Exception {
		String email = "visiteur-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
		open("/rendez-vous");
		type("requesterName", "Claire Visiteuse");
		type("companyName", "Visite SARL");
		type("email", email);
		type("phone", "+33 4 72 00 00 00");
		type("subject", "Équiper nos 8 postes");
		type("message", "Bonjour,\nnous cherchons un CRM & des postes (budget < 15 k€).");
		type("preferredSlots", "Jeudi matin");
		click(By.id("consent"));
		click(By.id("submit"));
		WebElement confirmation = new WebDriverWait(driver(), Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmation")));
		assertThat(confirmation.getText()).contains("deux jours ouvrés");
		assertThat(driver().findElement(By.id("request-form")).isDisplayed()).isFalse();
		assertThat(Chromium.seriousAccessibilityViolations()).isEmpty();
		Chromium.screenshot("site-request-sent");

		Api api = new Api(this.port);
		String manager = api.login(DemoAccounts.MANAGER).access();
		var queue = api.get("/api/v1/appointment-requests?status=NEW&size=100&sort=createdAt,desc", manager).json();
		assertThat(queue.get("items").valueStream().map((item) -> item.get("email").asString())).contains(email);
		var stored = queue.get("items")
			.valueStream()
			.filter((item) -> item.get("email").asString().equals(email))
			.findFirst()
			.orElseThrow();
		assertThat(stored.get("message").asString())
			.isEqualTo("Bonjour,\nnous cherchons un CRM & des postes (budget < 15 k€).");
	}

	@Test
	void theHoneypotStopsRobotsWithoutTellingThem() {
		String email = "robot-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
		open("/rendez-vous");
		type("requesterName", "Robot");
		type("email", email);
		type("subject", "Offre");
		click(By.id("consent"));
		((JavascriptExecutor) driver())
			.executeScript("document.getElementById('website').value = 'http://spam.example'");
		click(By.id("submit"));
		new WebDriverWait(driver(), Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmation")));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM appointment_requests WHERE email = ?")
			.param(email)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theLegalPageSaysWhatIsKeptAndForHowLong() throws Exception {
		open("/mentions-legales");
		String text = driver().findElement(By.tagName("main")).getText();
		assertThat(text).contains("12 mois").contains("RGPD").contains("RCS");
		assertThat(Chromium.seriousAccessibilityViolations()).isEmpty();
		Chromium.screenshot("site-legal");
	}

	private WebDriver driver() {
		return Chromium.driver();
	}

	private void open(String path) {
		driver().get("http://localhost:" + this.port + path);
	}

	/**
	 * Clicks the first element found, scrolled to the middle of the window (clear of the
	 * sticky header).
	 */
	private void click(By selector) {
		new WebDriverWait(driver(), Duration.ofSeconds(10))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
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

	private List<WebElement> waitFor(By selector, int count) {
		return new WebDriverWait(driver(), Duration.ofSeconds(10)).until((d) -> {
			List<WebElement> found = d.findElements(selector);
			return (found.size() >= count) ? found : null;
		});
	}

	private static List<String> names(List<WebElement> cards) {
		return cards.stream().map((card) -> card.findElement(By.tagName("h3")).getText()).toList();
	}

	private List<String> showcasedNames() {
		return this.jdbc.sql("SELECT name FROM products WHERE featured = TRUE AND active = TRUE")
			.query(String.class)
			.list();
	}

	private long requests() {
		return this.jdbc.sql("SELECT COUNT(*) FROM appointment_requests").query(Long.class).single();
	}

}
