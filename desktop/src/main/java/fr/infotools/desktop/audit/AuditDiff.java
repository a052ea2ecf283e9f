package fr.infotools.desktop.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fr.infotools.desktop.api.model.AuditAction;
import fr.infotools.desktop.api.model.AuditEntry;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the {@code changed} JSON of an audit row as before→after rows: for an update, the
 * columns that changed; for an insert, every column after; for a delete, every column
 * before.
 */
public final class AuditDiff {

	private AuditDiff() {
	}

	public static List<Change> of(JsonMapper json, AuditEntry entry) {
		List<Change> changes = new ArrayList<>();
		if (entry == null || entry.changed() == null || entry.changed().isBlank()) {
			return changes;
		}
		JsonNode root;
		try {
			root = json.readTree(entry.changed());
		}
		catch (JacksonException ex) {
			changes.add(new Change("?", null, entry.changed()));
			return changes;
		}
		for (Map.Entry<String, JsonNode> column : root.properties()) {
			JsonNode value = column.getValue();
			if (entry.action() == AuditAction.UPDATE && value.isObject() && value.has("before") && value.has("after")) {
				changes.add(new Change(column.getKey(), text(value.get("before")), text(value.get("after"))));
			}
			else if (entry.action() == AuditAction.DELETE) {
				changes.add(new Change(column.getKey(), text(value), null));
			}
			else {
				changes.add(new Change(column.getKey(), null, text(value)));
			}
		}
		return changes;
	}

	private static String text(JsonNode value) {
		if (value == null || value.isNull()) {
			return null;
		}
		return value.isValueNode() ? value.asString() : value.toString();
	}

	/** One column: its value before and after (null: none). */
	public record Change(String column, String before, String after) {

		/** "Lyon → Lille", "∅ → Lille". */
		public String summary() {
			return column + " : " + show(this.before) + " → " + show(this.after);
		}

		private static String show(String value) {
			return (value != null) ? value : "∅";
		}

	}

}
