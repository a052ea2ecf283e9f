package fr.infotools.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Each family of security tests writes its section of the execution report (what ran, how
 * many cases, what passed, sample requests and answers) into
 * {@code target/security-report/}; {@link SecurityReportAssembler} joins them into
 * {@code docs/security/report.md}.
 */
final class SecurityReport {

	static final Path FOLDER = Path.of(System.getProperty("infotools.security.report.dir", "target/security-report"));

	private SecurityReport() {
	}

	static void section(String file, String markdown) {
		try {
			Files.createDirectories(FOLDER);
			Files.writeString(FOLDER.resolve(file), markdown);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Text that may hold a pipe or a line break, made safe for a Markdown table cell. */
	static String cell(String text) {
		return text.replace("|", "\\|").replace("\n", " ").replace("\r", " ");
	}

	/** A body shortened for the report. */
	static String excerpt(String body, int length) {
		String oneLine = body.replace("\n", " ");
		return (oneLine.length() > length) ? oneLine.substring(0, length) + "…" : oneLine;
	}

}
