package fr.infotools.site;

import java.time.Duration;

import fr.infotools.testsupport.Chromium;
import fr.infotools.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A robot posting the form again and again from one address is stopped by the rate limit,
 * and a person reading the page is told when to come back (its own server, allowing two
 * requests an hour).
 */
@ExtendWith(Chromium.class)
@IntegrationTest
@TestPropertySource(properties = { "infotools.rate-limits.limits.public-requests.capacity=2",
		"infotools.rate-limits.limits.public-requests.window=1h", "infotools.demo-data.enabled=false" })
class SiteRateLimitBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void theThirdRequestWithinTheHourIsRefusedWithTheTimeToWait() {
		for (int i = 1; i <= 2; i++) {
			submit("personne" + i + "@exemple.fr");
			new WebDriverWait(driver(), Duration.ofSeconds(10))
				.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmation")));
		}
		submit("robot@exemple.fr");
		String error = new WebDriverWait(driver(), Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("form-error")))
			.getText();
		assertThat(error).contains("Trop de demandes").contains("minute");
		assertThat(driver().findElement(By.id("confirmation")).isDisplayed()).isFalse();
	}

	private void submit(String email) {
		driver().get("http://localhost:" + this.port + "/rendez-vous");
		driver().findElement(By.id("requesterName")).sendKeys("Personne");
		driver().findElement(By.id("email")).sendKeys(email);
		driver().findElement(By.id("subject")).sendKeys("Demande");
		for (String id : new String[] { "consent", "submit" }) {
			var element = driver().findElement(By.id(id));
			((org.openqa.selenium.JavascriptExecutor) driver())
				.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
			element.click();
		}
	}

	private WebDriver driver() {
		return Chromium.driver();
	}

}
