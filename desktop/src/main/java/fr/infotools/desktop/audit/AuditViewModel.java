package fr.infotools.desktop.audit;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import fr.infotools.desktop.api.AuditApi;
import fr.infotools.desktop.api.model.AuditAction;
import fr.infotools.desktop.api.model.AuditEntry;
import fr.infotools.desktop.api.model.DeletionCount;
import fr.infotools.desktop.api.model.FrequentChange;
import fr.infotools.desktop.api.model.IntegrityReport;
import fr.infotools.desktop.api.model.Page;
import fr.infotools.desktop.api.model.UserSummary;
import fr.infotools.desktop.ui.Context;
import fr.infotools.desktop.ui.PagedListViewModel;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The audit trail filtered by user, table, row, action and period; the before→after of
 * the row selected; the two analyses; the integrity check; the CSV export of what the
 * filter selects.
 */
public class AuditViewModel extends PagedListViewModel {

	public static final int PAGE_SIZE = 50;

	/** The audited tables (docs/audit.md). */
	public static final List<String> TABLES = List.of("customers", "contacts", "appointments", "appointment_requests",
			"products", "stock_movements", "invoices", "invoice_lines", "payments");

	/** The export stops there (the filter should narrow it down). */
	public static final int MAX_EXPORT_ROWS = 50_000;

	private static final int EXPORT_PAGE = 200;

	private final ObjectProperty<UserSummary> user = new SimpleObjectProperty<>(this, "user");

	private final ObjectProperty<String> table = new SimpleObjectProperty<>(this, "table");

	private final ObjectProperty<AuditAction> action = new SimpleObjectProperty<>(this, "action");

	private final StringProperty rowId = new SimpleStringProperty(this, "rowId", "");

	private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");

	private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");

	private final ObservableList<UserSummary> users = FXCollections.observableArrayList();

	private final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();

	private final ObjectProperty<AuditEntry> selected = new SimpleObjectProperty<>(this, "selected");

	private final ObservableList<AuditDiff.Change> changes = FXCollections.observableArrayList();

	private final ObservableList<FrequentChange> frequentChanges = FXCollections.observableArrayList();

	private final ObservableList<DeletionCount> deletions = FXCollections.observableArrayList();

	private final ObjectProperty<IntegrityReport> integrity = new SimpleObjectProperty<>(this, "integrity");

	public AuditViewModel(Context context) {
		super(context, PAGE_SIZE);
		this.selected.addListener(
				(observable, before, now) -> this.changes.setAll(AuditDiff.of(context.backend().client().json(), now)));
	}

	private AuditApi api() {
		return this.context.backend().audit();
	}

	public ObjectProperty<UserSummary> userProperty() {
		return this.user;
	}

	public ObjectProperty<String> tableProperty() {
		return this.table;
	}

	public ObjectProperty<AuditAction> actionProperty() {
		return this.action;
	}

	public StringProperty rowIdProperty() {
		return this.rowId;
	}

	public ObjectProperty<LocalDate> fromProperty() {
		return this.from;
	}

	public ObjectProperty<LocalDate> toProperty() {
		return this.to;
	}

	public ObservableList<UserSummary> users() {
		return this.users;
	}

	public ObservableList<AuditEntry> entries() {
		return this.entries;
	}

	public ObjectProperty<AuditEntry> selectedProperty() {
		return this.selected;
	}

	public ObservableList<AuditDiff.Change> changes() {
		return this.changes;
	}

	public ObservableList<FrequentChange> frequentChanges() {
		return this.frequentChanges;
	}

	public ObservableList<DeletionCount> deletions() {
		return this.deletions;
	}

	public ObjectProperty<IntegrityReport> integrityProperty() {
		return this.integrity;
	}

	public void loadUsers() {
		call(() -> this.context.backend().users().list(null), this.users::setAll);
	}

	public AuditApi.Filter filter() {
		return new AuditApi.Filter((this.user.get() != null) ? this.user.get().id() : null, this.table.get(),
				blank(this.rowId.get()), this.action.get(), this.from.get(), this.to.get());
	}

	private boolean periodIsValid() {
		if (this.from.get() != null && this.to.get() != null && this.from.get().isAfter(this.to.get())) {
			rejectField("to", i18n().get("validation.period"));
			return false;
		}
		fieldErrors().remove("to");
		return true;
	}

	@Override
	public void load() {
		if (!periodIsValid()) {
			return;
		}
		AuditApi.Filter filter = filter();
		int page = paging().page();
		call(() -> api().list(filter, page, PAGE_SIZE), (answer) -> {
			paging().update(answer);
			this.entries.setAll(answer.items());
		});
	}

	public void clearFilters() {
		this.user.set(null);
		this.table.set(null);
		this.action.set(null);
		this.rowId.set("");
		this.from.set(null);
		this.to.set(null);
		search();
	}

	/**
	 * Runs the two analyses over the period of the filter (the last twelve months by
	 * default).
	 */
	public void runAnalyses() {
		if (!periodIsValid()) {
			return;
		}
		LocalDate start = this.from.get();
		LocalDate end = this.to.get();
		call(() -> new Analyses(api().appointmentsChangedOften(start, end), api().deletionsPerUser(start, end)),
				(analyses) -> {
					this.frequentChanges.setAll(analyses.frequent());
					this.deletions.setAll(analyses.deletions());
					inform(i18n().get("audit.analyses.done", analyses.frequent().size(), analyses.deletions().size()));
				});
	}

	/** Re-reads the whole trail on the server and checks its chain of hashes. */
	public void verify() {
		this.integrity.set(null);
		call(() -> api().verify(), (report) -> {
			this.integrity.set(report);
			if (Boolean.TRUE.equals(report.intact())) {
				inform(i18n().get("audit.intact", formats().integer(report.rowsChecked())));
			}
			else {
				fail(i18n().get("audit.broken", report.firstBrokenId(), report.problem()));
			}
		});
	}

	/** Writes every row the filter selects (all pages) to {@code target} as CSV. */
	public void exportCsv(Path target, Consumer<Path> then) {
		if (!periodIsValid()) {
			return;
		}
		AuditApi.Filter filter = filter();
		AuditCsv csv = new AuditCsv(this.context.backend().client().json(), i18n());
		call(() -> {
			int rows = 0;
			try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
				csv.writeHeader(out);
				int page = 0;
				Page<AuditEntry> answer;
				do {
					answer = api().list(filter, page++, EXPORT_PAGE);
					for (AuditEntry entry : answer.items()) {
						csv.write(out, entry);
						rows++;
					}
				}
				while (answer.hasNext() && rows < MAX_EXPORT_ROWS);
			}
			return new Export(target, rows);
		}, (export) -> {
			inform(i18n().get("audit.exported", formats().integer(export.rows()), export.file().getFileName()));
			then.accept(export.file());
		});
	}

	record Analyses(List<FrequentChange> frequent, List<DeletionCount> deletions) {
	}

	record Export(Path file, int rows) {
	}

	private static String blank(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
