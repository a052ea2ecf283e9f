package fr.infotools.desktop.api;

import java.time.LocalDate;
import java.util.List;

import fr.infotools.desktop.api.model.AuditAction;
import fr.infotools.desktop.api.model.AuditEntry;
import fr.infotools.desktop.api.model.DeletionCount;
import fr.infotools.desktop.api.model.FrequentChange;
import fr.infotools.desktop.api.model.IntegrityReport;
import fr.infotools.desktop.api.model.Page;
import tools.jackson.core.type.TypeReference;

/** The audit trail (managers). */
public class AuditApi {

	private static final String PATH = "/api/v1/audit";

	private final ApiClient client;

	public AuditApi(ApiClient client) {
		this.client = client;
	}

	/** What the audit trail can be filtered on; every member is optional. */
	public record Filter(Long userId, String table, String rowId, AuditAction action, LocalDate from, LocalDate to) {

		public static Filter none() {
			return new Filter(null, null, null, null, null, null);
		}

	}

	public Page<AuditEntry> list(Filter filter, int page, int size) {
		return this.client.get(PATH,
				Query.of()
					.add("userId", filter.userId())
					.add("table", filter.table())
					.add("rowId", filter.rowId())
					.add("action", filter.action())
					.add("from", filter.from())
					.add("to", filter.to())
					.page(page, size),
				new TypeReference<Page<AuditEntry>>() {
				});
	}

	public IntegrityReport verify() {
		return this.client.get(PATH + "/verify", Query.of(), IntegrityReport.class);
	}

	public List<FrequentChange> appointmentsChangedOften(LocalDate from, LocalDate to) {
		return this.client.get(PATH + "/analyses/appointments-changed-often",
				Query.of().add("from", from).add("to", to), new TypeReference<List<FrequentChange>>() {
				});
	}

	public List<DeletionCount> deletionsPerUser(LocalDate from, LocalDate to) {
		return this.client.get(PATH + "/analyses/deletions-per-user", Query.of().add("from", from).add("to", to),
				new TypeReference<List<DeletionCount>>() {
				});
	}

}
