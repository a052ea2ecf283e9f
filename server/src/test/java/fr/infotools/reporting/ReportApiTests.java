package fr.infotools.reporting;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;

import tools.jackson.databind.JsonNode;

import fr.infotools.invoicing.PdfText;
import fr.infotools.testsupport.Api;
import fr.infotools.testsupport.Api.Response;
import fr.infotools.testsupport.DemoAccounts;
import fr.infotools.testsupport.IntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statistics report over real HTTP: every figure its text shows is the dashboard's
 * for the same period (and rep), written the French way; its charts are vector drawings;
 * only managers get it.
 */
@IntegrationTest
class ReportApiTests {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Api api;

	String manager;

	LocalDate from;

	LocalDate to;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.manager = this.api.login(DemoAccounts.MANAGER).access();
		this.to = LocalDate.now(PARIS);
		this.from = this.to.minusMonths(6).withDayOfMonth(1);
	}

	@Test
	void theReportShowsTheDashboardsFiguresTheFrenchWay() throws Exception {
		String period = "from=" + this.from + "&to=" + this.to;
		JsonNode dashboard = this.api.get("/api/v1/stats/dashboard?" + period, this.manager).json();
		byte[] pdf = PdfText.download(this.port, "/api/v1/stats/report.pdf?" + period, this.manager);
		save("report.pdf", pdf);
		String text = text(pdf);

		assertThat(text).contains("Rapport d'activité commerciale", "Du " + day(this.from) + " au " + day(this.to),
				"Tous les commerciaux");
		assertThat(dashboard.get("revenue").decimalValue()).isPositive();
		assertThat(text).contains(euros(dashboard, "revenue"), euros(dashboard, "margin"),
				percent(dashboard.get("marginRate")), percent(dashboard.get("conversionRate")));
		JsonNode invoices = dashboard.get("invoices");
		assertThat(text).contains(euros(invoices, "openAmount"), "dont en retard " + euros(invoices, "overdueAmount"),
				invoices.get("paid").asLong() + " payées, " + invoices.get("overdue").asLong() + " en retard, "
						+ invoices.get("creditNotes").asLong() + " avoirs");
		assertThat(dashboard.get("byMonth").size()).isBetween(6, 7);
		for (JsonNode month : dashboard.get("byMonth")) {
			assertThat(text).contains(month(month) + " " + euros(month, "revenue") + " " + euros(month, "margin"));
		}
		assertThat(dashboard.get("byRep").size()).isPositive();
		for (JsonNode rep : dashboard.get("byRep")) {
			assertThat(text).contains(rep.get("salesRep").asString() + " " + rep.get("invoices").asLong() + " "
					+ euros(rep, "revenue") + " " + euros(rep, "margin"));
		}
		assertThat(dashboard.get("byCategory").size()).isPositive();
		for (JsonNode category : dashboard.get("byCategory")) {
			assertThat(text).contains(euros(category, "revenue") + " " + euros(category, "margin"));
		}
		long done = 0;
		long planned = 0;
		long cancelled = 0;
		for (JsonNode rep : dashboard.get("appointmentsByRep")) {
			assertThat(text).contains(rep.get("salesRep").asString() + " " + rep.get("done").asLong() + " "
					+ rep.get("planned").asLong() + " " + rep.get("cancelled").asLong());
			done += rep.get("done").asLong();
			planned += rep.get("planned").asLong();
			cancelled += rep.get("cancelled").asLong();
		}
		assertThat(done).isPositive();
		assertThat(text).contains(" " + (done + planned + cancelled) + " ",
				done + " réalisés, " + planned + " planifiés, " + cancelled + " annulés");
		for (JsonNode product : dashboard.get("lowStock")) {
			assertThat(text).contains(product.get("sku").asString());
		}
		for (JsonNode product : dashboard.get("topProducts")) {
			assertThat(text).contains(product.get("sku").asString());
		}
		assertThat(text).contains("Logiciels", "Serveurs", "Page 4");
	}

	@Test
	void theChartsAreVectorDrawingsNotPictures() throws IOException, InterruptedException {
		byte[] pdf = PdfText.download(this.port, "/api/v1/stats/report.pdf", this.manager);
		int forms = 0;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(4);
			for (PDPage page : document.getPages()) {
				PDResources resources = page.getResources();
				for (COSName name : resources.getXObjectNames()) {
					PDXObject object = resources.getXObject(name);
					assertThat(object).isNotInstanceOf(PDImageXObject.class);
					if (object instanceof PDFormXObject) {
						forms++;
					}
				}
			}
		}
		// revenue by month, margin by month, by rep, by category
		assertThat(forms).isEqualTo(4);
	}

	@Test
	void aRepsReportIsTheirDashboard() throws IOException, InterruptedException {
		long repId = this.jdbc.sql("SELECT id FROM users WHERE username = ?")
			.param(DemoAccounts.REP)
			.query(Long.class)
			.single();
		String period = "from=" + this.from + "&to=" + this.to;
		JsonNode all = this.api.get("/api/v1/stats/dashboard?" + period, this.manager).json();
		JsonNode mine = this.api.get("/api/v1/stats/dashboard?" + period + "&rep=" + repId, this.manager).json();
		JsonNode inAll = null;
		for (JsonNode rep : all.get("byRep")) {
			if (rep.get("salesRepId").asLong() == repId) {
				inAll = rep;
			}
		}
		assertThat(inAll).isNotNull();
		assertThat(mine.get("revenue").decimalValue()).isEqualByComparingTo(inAll.get("revenue").decimalValue())
			.isLessThan(all.get("revenue").decimalValue());
		assertThat(mine.get("margin").decimalValue()).isEqualByComparingTo(inAll.get("margin").decimalValue());
		assertThat(mine.get("byRep")).hasSize(1);
		assertThat(mine.get("invoices").get("issued").asLong()).isEqualTo(inAll.get("invoices").asLong());
		assertThat(mine.get("appointmentsByRep")).hasSize(1);
		assertThat(mine.get("lowStock")).hasSameSizeAs(all.get("lowStock"));

		String text = text(
				PdfText.download(this.port, "/api/v1/stats/report.pdf?" + period + "&rep=" + repId, this.manager));
		assertThat(text).contains("Commercial : Jean Dupont", euros(mine, "revenue"), euros(mine, "margin"))
			.doesNotContain("Sophie Leroy");
	}

	@Test
	void onlyManagersGetTheReportAndItsParametersAreChecked() {
		String rep = this.api.login(DemoAccounts.REP).access();
		assertThat(this.api.get("/api/v1/stats/report.pdf", rep).status()).isEqualTo(403);
		assertThat(this.api.get("/api/v1/stats/report.pdf", null).status()).isEqualTo(401);
		Response ok = this.api.get("/api/v1/stats/report.pdf", this.manager);
		assertThat(ok.status()).isEqualTo(200);
		assertThat(ok.header("Content-Type")).isEqualTo("application/pdf");
		assertThat(ok.header("Content-Disposition")).startsWith("inline").contains("rapport-");
		Response reversed = this.api.get("/api/v1/stats/report.pdf?from=2026-05-01&to=2026-04-01", this.manager);
		assertThat(reversed.status()).isEqualTo(422);
		assertThat(reversed.errorFields()).containsExactly("to");
		long managerId = this.jdbc.sql("SELECT id FROM users WHERE username = ?")
			.param(DemoAccounts.MANAGER)
			.query(Long.class)
			.single();
		for (String unknown : new String[] { "999999", Long.toString(managerId) }) {
			Response notARep = this.api.get("/api/v1/stats/report.pdf?rep=" + unknown, this.manager);
			assertThat(notARep.status()).isEqualTo(422);
			assertThat(notARep.errorFields()).containsExactly("rep");
			assertThat(this.api.get("/api/v1/stats/dashboard?rep=" + unknown, this.manager).errorFields())
				.containsExactly("rep");
		}
		assertThat(this.api.get("/api/v1/stats/report.pdf?from=hier", this.manager).errorFields())
			.containsExactly("from");
	}

	@Test
	void aPeriodWithoutSalesGivesAReportThatSaysSo() throws IOException, InterruptedException {
		String text = text(
				PdfText.download(this.port, "/api/v1/stats/report.pdf?from=2020-01-01&to=2020-01-31", this.manager));
		assertThat(text).contains("Du 01/01/2020 au 31/01/2020", "0,00 €", "Aucun chiffre sur la période");
	}

	/**
	 * The text of the report as it reads, line by line (cells of a table row separated by
	 * a space), any run of blanks as one space.
	 */
	static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			return stripper.getText(document).replace('\u00A0', ' ').replaceAll("\\s+", " ");
		}
	}

	static void save(String name, byte[] content) throws IOException {
		Path dir = Path.of("target", "reports");
		Files.createDirectories(dir);
		Files.write(dir.resolve(name), content);
	}

	private static String euros(JsonNode node, String field) {
		return french("#,##0.00", node.get(field).decimalValue()) + " €";
	}

	private static String percent(JsonNode fraction) {
		return french("#,##0.00", fraction.decimalValue().movePointRight(2)) + " %";
	}

	private static String month(JsonNode month) {
		return java.time.Month.of(month.get("month").asInt()).getDisplayName(TextStyle.FULL_STANDALONE, Locale.FRENCH)
				+ " " + month.get("year").asInt();
	}

	private static String day(LocalDate date) {
		return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
	}

	/** As the PDF text reads: digit groups separated by a space. */
	private static String french(String pattern, BigDecimal value) {
		DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.FRENCH);
		symbols.setDecimalSeparator(',');
		symbols.setGroupingSeparator(' ');
		symbols.setMinusSign('-');
		DecimalFormat format = new DecimalFormat(pattern, symbols);
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(value);
	}

}
