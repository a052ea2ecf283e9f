package fr.infotools.desktop.audit;

import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import fr.infotools.desktop.api.model.AuditEntry;
import fr.infotools.desktop.ui.Formats;
import fr.infotools.desktop.ui.I18n;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes audit rows as CSV the way a French spreadsheet opens it: UTF-8 with a byte order
 * mark, semicolons, times in Europe/Paris. A cell that a spreadsheet would take for a
 * formula ({@code =}, {@code +}, {@code -}, {@code @}) is prefixed with an apostrophe.
 */
public final class AuditCsv {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(Formats.ZONE);

	private final JsonMapper json;

	private final I18n i18n;

	public AuditCsv(JsonMapper json, I18n i18n) {
		this.json = json;
		this.i18n = i18n;
	}

	public void writeHeader(Writer out) throws IOException {
		out.write('\ufeff');
		line(out,
				List.of(this.i18n.get("audit.csv.id"), this.i18n.get("audit.csv.time"), this.i18n.get("audit.csv.user"),
						this.i18n.get("audit.csv.table"), this.i18n.get("audit.csv.row"),
						this.i18n.get("audit.csv.action"), this.i18n.get("audit.csv.changes"),
						this.i18n.get("audit.csv.hash")));
	}

	public void write(Writer out, AuditEntry entry) throws IOException {
		String changes = AuditDiff.of(this.json, entry)
			.stream()
			.map(AuditDiff.Change::summary)
			.collect(Collectors.joining(" | "));
		line(out,
				List.of(String.valueOf(entry.id()), (entry.createdAt() != null) ? TIME.format(entry.createdAt()) : "",
						nonNull(entry.actor()), nonNull(entry.tableName()), nonNull(entry.rowId()),
						(entry.action() != null) ? entry.action().name() : "", changes, nonNull(entry.hash())));
	}

	private static void line(Writer out, List<String> cells) throws IOException {
		out.write(cells.stream().map(AuditCsv::cell).collect(Collectors.joining(";")));
		out.write("\r\n");
	}

	static String cell(String value) {
		String text = value;
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			text = "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

	private static String nonNull(String value) {
		return (value != null) ? value : "";
	}

}
