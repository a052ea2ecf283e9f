package fr.infotools.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real browser for the tests: Debian's headless Chromium driven by Selenium, fully
 * offline. Without Chromium the test class is skipped, unless
 * {@code infotools.require-browser} is true (as in CI): then it fails. Also runs the
 * axe-core accessibility check and saves screenshots.
 */
public class Chromium implements BeforeAllCallback, AfterAllCallback {

	private static final File BROWSER = new File("/usr/bin/chromium");

	private static final File DRIVER = new File("/usr/bin/chromedriver");

	private static WebDriver driver;

	/** The browser of the running test class. */
	public static WebDriver driver() {
		return driver;
	}

	@Override
	public void beforeAll(ExtensionContext context) throws IOException {
		if (!BROWSER.canExecute() || !DRIVER.canExecute()) {
			String why = "Chromium and its driver are not installed (apt-get install chromium chromium-driver)";
			if (Boolean.getBoolean("infotools.require-browser")) {
				throw new IllegalStateException("Browser tests are required but " + why);
			}
			Assumptions.abort(why + ": browser tests skipped");
		}
		Path profile = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BROWSER);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,900", "--lang=fr-FR", "--user-data-dir=" + profile);
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr-FR,fr"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
			.usingAnyFreePort()
			.build();
		driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ZERO);
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (driver != null) {
			driver.quit();
			driver = null;
		}
	}

	/** Saves what the browser shows as {@code <name>.png} in the screenshots folder. */
	public static void screenshot(String name) throws IOException {
		Path folder = Path.of(System.getProperty("infotools.screenshots.dir", "target/screenshots"));
		Files.createDirectories(folder);
		byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
		Files.write(folder.resolve(name + ".png"), png);
	}

	/**
	 * The accessibility violations of the page that are serious or critical (axe-core,
	 * WCAG 2.1 AA).
	 */
	public static List<String> seriousAccessibilityViolations() {
		Results results = new AxeBuilder()
			.withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
			.analyze(driver);
		return results.getViolations()
			.stream()
			.filter((Rule rule) -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.map((Rule rule) -> rule.getId() + ": " + rule.getHelp() + " "
					+ rule.getNodes().stream().map((node) -> String.valueOf(node.getTarget())).toList())
			.toList();
	}

}
