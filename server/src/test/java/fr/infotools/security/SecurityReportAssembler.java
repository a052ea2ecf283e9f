package fr.infotools.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Writes the security test report at the end of a test run: how many tests of each
 * security family ran and passed, then the sections the security tests wrote (access
 * matrix, hostile inputs, audit, headers). The report goes to
 * {@code target/security-report/report.md}, and also to the file named by
 * {@code infotools.security.report.out} (the documented command points it at
 * docs/security/report.md).
 */
public class SecurityReportAssembler implements TestExecutionListener {

	/**
	 * Test classes whose results belong in the report, with the threat family they cover.
	 */
	private static final Map<String, String> FAMILIES = Map.ofEntries(
			Map.entry("fr.infotools.security.AccessMatrixTests", "Access control and IDOR"),
			Map.entry("fr.infotools.security.ExtranetAccessMatrixTests", "Access control and IDOR"),
			Map.entry("fr.infotools.identity.AccessPolicyIntegrationTests", "Access control and IDOR"),
			Map.entry("fr.infotools.security.HostileInputTests", "Validation, injection, XSS"),
			Map.entry("fr.infotools.security.StoredTextEscapingTests", "Validation, injection, XSS"),
			Map.entry("fr.infotools.security.HostileFormInputTests", "Validation, injection, XSS"),
			Map.entry("fr.infotools.customer.api.CustomerApiTests", "Validation, injection, XSS"),
			Map.entry("fr.infotools.appointment.api.PublicRequestApiTests", "Validation, injection, XSS"),
			Map.entry("fr.infotools.site.SiteBrowserTests", "Validation, injection, XSS"),
			Map.entry("fr.infotools.identity.AuthenticationIntegrationTests", "Authentication, tokens, throttling"),
			Map.entry("fr.infotools.identity.AddressThrottleIntegrationTests", "Authentication, tokens, throttling"),
			Map.entry("fr.infotools.identity.ApiQuotaIntegrationTests", "Authentication, tokens, throttling"),
			Map.entry("fr.infotools.appointment.api.PublicRequestRateLimitTests", "Authentication, tokens, throttling"),
			Map.entry("fr.infotools.site.SiteRateLimitBrowserTests", "Authentication, tokens, throttling"),
			Map.entry("fr.infotools.shared.DatabaseRateLimitStoreIntegrationTests",
					"Authentication, tokens, throttling"),
			Map.entry("fr.infotools.identity.FormLoginIntegrationTests", "Sessions and CSRF"),
			Map.entry("fr.infotools.extranet.ExtranetSessionTests", "Sessions and CSRF"),
			Map.entry("fr.infotools.identity.ActiveDirectoryIntegrationTests", "Authentication, tokens, throttling"),
			Map.entry("fr.infotools.security.SecurityAuditTests", "Audit logging"),
			Map.entry("fr.infotools.audit.AuditTrailIntegrationTests", "Audit logging"),
			Map.entry("fr.infotools.security.SecurityHeadersTests", "Security headers and CORS"));

	/** class → [passed, failed, skipped] */
	private final Map<String, int[]> results = new TreeMap<>();

	@Override
	public void executionFinished(TestIdentifier test, TestExecutionResult result) {
		if (!test.isTest() || !(test.getSource().orElse(null) instanceof MethodSource method)) {
			return;
		}
		if (!FAMILIES.containsKey(method.getClassName())) {
			return;
		}
		int[] counts = this.results.computeIfAbsent(method.getClassName(), (name) -> new int[3]);
		counts[(result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) ? 0 : 1]++;
	}

	@Override
	public void executionSkipped(TestIdentifier test, String reason) {
		if (test.getSource().orElse(null) instanceof MethodSource method
				&& FAMILIES.containsKey(method.getClassName())) {
			this.results.computeIfAbsent(method.getClassName(), (name) -> new int[3])[2]++;
		}
	}

	@Override
	public void testPlanExecutionFinished(TestPlan plan) {
		if (this.results.isEmpty()) {
			return;
		}
		StringBuilder md = new StringBuilder("# Security test report\n\n");
		md.append("Produced by the test run of ")
			.append(ZonedDateTime.now(ZoneId.of("Europe/Paris"))
				.format(DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", java.util.Locale.ENGLISH)))
			.append(" (Europe/Paris). The plan, with the threat each family answers, is in [test-plan.md](test-plan.md); ")
			.append("the command that refreshes this report is at the end.\n\n## What ran\n\n")
			.append("| family | test class | passed | failed | skipped |\n|---|---|---|---|---|\n");
		int passed = 0;
		int failed = 0;
		List<Map.Entry<String, int[]>> byFamily = this.results.entrySet()
			.stream()
			.sorted(java.util.Comparator.comparing((Map.Entry<String, int[]> entry) -> FAMILIES.get(entry.getKey()))
				.thenComparing(Map.Entry::getKey))
			.toList();
		for (Map.Entry<String, int[]> entry : byFamily) {
			int[] counts = entry.getValue();
			passed += counts[0];
			failed += counts[1];
			String simple = entry.getKey().substring(entry.getKey().lastIndexOf('.') + 1);
			md.append("| ")
				.append(FAMILIES.get(entry.getKey()))
				.append(" | `")
				.append(simple)
				.append("` | ")
				.append(counts[0])
				.append(" | ")
				.append(counts[1])
				.append(" | ")
				.append(counts[2])
				.append(" |\n");
		}
		md.append("\n**").append(passed).append(" passed, ").append(failed).append(" failed.**\n\n");
		for (Path section : sections()) {
			try {
				md.append(Files.readString(section)).append("\n");
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		md.append(
				"""
						## Refreshing this report

						```bash
						./mvnw -pl server test -Dinfotools.require-browser=true \\
						  -Dtest='fr.infotools.security.**,AccessPolicyIntegrationTests,CustomerApiTests,PublicRequestApiTests,SiteBrowserTests,AuthenticationIntegrationTests,AddressThrottleIntegrationTests,ApiQuotaIntegrationTests,PublicRequestRateLimitTests,SiteRateLimitBrowserTests,DatabaseRateLimitStoreIntegrationTests,FormLoginIntegrationTests,AuditTrailIntegrationTests' \\
						  -Dinfotools.security.report.out=$PWD/docs/security/report.md
						```
						""");
		write(SecurityReport.FOLDER.resolve("report.md"), md.toString());
		String out = System.getProperty("infotools.security.report.out", "");
		if (!out.isBlank()) {
			write(Path.of(out), md.toString());
		}
	}

	private static List<Path> sections() {
		if (!Files.isDirectory(SecurityReport.FOLDER)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(SecurityReport.FOLDER)) {
			Set<String> skip = Set.of("report.md");
			return files.filter((file) -> !skip.contains(file.getFileName().toString())).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Path file, String text) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.writeString(file, text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
