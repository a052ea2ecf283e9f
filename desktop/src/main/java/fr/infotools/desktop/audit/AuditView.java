package fr.infotools.desktop.audit;

import fr.infotools.desktop.api.model.AuditAction;
import fr.infotools.desktop.api.model.AuditEntry;
import fr.infotools.desktop.api.model.DeletionCount;
import fr.infotools.desktop.api.model.FrequentChange;
import fr.infotools.desktop.api.model.UserSummary;
import fr.infotools.desktop.shell.Screen;
import fr.infotools.desktop.ui.Context;
import fr.infotools.desktop.ui.Formats;
import fr.infotools.desktop.ui.HostActions;
import fr.infotools.desktop.ui.I18n;
import fr.infotools.desktop.ui.Ui;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Journal d'audit: the trail and its diff, the analyses, the integrity check. */
public class AuditView extends VBox implements Screen {

	private final AuditViewModel model;

	private final I18n i18n;

	private final Formats formats;

	private boolean started;

	public AuditView(Context context, HostActions host) {
		super(8);
		this.model = new AuditViewModel(context);
		this.i18n = context.i18n();
		this.formats = context.formats();
		setPadding(new Insets(12));

		ComboBox<UserSummary> user = new ComboBox<>();
		user.setId("audit-user");
		Ui.display(user, UserSummary::displayName, this.i18n.get("filter.allUsers"));
		this.model.users().addListener((ListChangeListener<UserSummary>) (change) -> {
			UserSummary chosen = user.getValue();
			user.getItems().setAll(this.model.users());
			user.getItems().add(0, null);
			user.setValue(chosen);
		});
		user.valueProperty().bindBidirectional(this.model.userProperty());
		ComboBox<String> table = new ComboBox<>();
		table.setId("audit-table");
		table.getItems().add(null);
		table.getItems().addAll(AuditViewModel.TABLES);
		Ui.display(table, (name) -> this.i18n.get("audit.table." + name), this.i18n.get("filter.allTables"));
		table.valueProperty().bindBidirectional(this.model.tableProperty());
		ComboBox<AuditAction> action = new ComboBox<>();
		action.setId("audit-action");
		action.getItems().add(null);
		action.getItems().addAll(AuditAction.values());
		Ui.display(action, this.i18n::label, this.i18n.get("filter.allActions"));
		action.valueProperty().bindBidirectional(this.model.actionProperty());
		TextField row = new TextField();
		row.setId("audit-row");
		row.setPromptText(this.i18n.get("audit.row.prompt"));
		row.setPrefColumnCount(6);
		row.textProperty().bindBidirectional(this.model.rowIdProperty());
		DatePicker from = Ui.datePicker("audit-from", this.formats);
		from.setPrefWidth(120);
		from.valueProperty().bindBidirectional(this.model.fromProperty());
		DatePicker to = Ui.datePicker("audit-to", this.formats);
		to.setPrefWidth(120);
		to.valueProperty().bindBidirectional(this.model.toProperty());
		Button search = Ui.button(this.i18n.get("action.search"), "audit-search", this.model::search);
		search.setDefaultButton(true);
		Button export = Ui.button(this.i18n.get("audit.export"), "audit-export",
				() -> host
					.chooseSaveFile(getScene().getWindow(), this.i18n.get("audit.export"), "journal-audit.csv",
							this.i18n.get("file.csv"), "csv")
					.ifPresent((file) -> this.model.exportCsv(file, (saved) -> {
					})));
		export.disableProperty().bind(this.model.busyProperty());

		TableView<AuditEntry> entries = Ui.table("audit-table-view");
		entries.getColumns()
			.addAll(Ui.numberColumn("#", AuditEntry::id, 60),
					Ui.column(this.i18n.get("audit.time"), (AuditEntry e) -> this.formats.dateTime(e.createdAt()), 120),
					Ui.column(this.i18n.get("audit.user"), AuditEntry::actor, 120),
					Ui.column(this.i18n.get("audit.table"), (AuditEntry e) -> tableName(e.tableName()), 140),
					Ui.column(this.i18n.get("audit.row"), AuditEntry::rowId, 60),
					Ui.column(this.i18n.get("audit.action"), (AuditEntry e) -> this.i18n.label(e.action()), 90));
		entries.setItems(this.model.entries());
		entries.setPlaceholder(new Label(this.i18n.get("audit.empty")));
		entries.getSelectionModel()
			.selectedItemProperty()
			.addListener((observable, before, now) -> this.model.selectedProperty().set(now));
		TableView<AuditDiff.Change> diff = Ui.table("audit-diff");
		diff.getColumns()
			.addAll(Ui.column(this.i18n.get("audit.column"), AuditDiff.Change::column, 130),
					Ui.column(this.i18n.get("audit.before"), (AuditDiff.Change c) -> orEmpty(c.before()), 160),
					Ui.column(this.i18n.get("audit.after"), (AuditDiff.Change c) -> orEmpty(c.after()), 160));
		diff.setItems(this.model.changes());
		diff.setPlaceholder(new Label(this.i18n.get("audit.diff.none")));
		Label diffTitle = new Label();
		diffTitle.getStyleClass().add("section-title");
		diffTitle.textProperty()
			.bind(Bindings
				.createStringBinding(() -> (this.model.selectedProperty().get() == null) ? this.i18n.get("audit.diff")
						: this.i18n.get("audit.diff.of", this.model.selectedProperty().get().id(),
								this.i18n.label(this.model.selectedProperty().get().action()),
								tableName(this.model.selectedProperty().get().tableName()),
								this.model.selectedProperty().get().rowId()),
						this.model.selectedProperty()));
		VBox diffBox = new VBox(6, diffTitle, diff);
		SplitPane journal = new SplitPane(new VBox(6, entries,
				Ui.pager(this.model.paging(), this.i18n, "audit", this.model::previousPage, this.model::nextPage)),
				diffBox);
		journal.setDividerPositions(0.55);
		VBox.setVgrow(entries, javafx.scene.layout.Priority.ALWAYS);
		VBox.setVgrow(diff, javafx.scene.layout.Priority.ALWAYS);

		TableView<FrequentChange> frequent = Ui.table("audit-frequent");
		frequent.getColumns()
			.addAll(Ui.column(this.i18n.get("audit.analysis.appointment"), FrequentChange::appointmentId, 90),
					Ui.column(this.i18n.get("audit.analysis.week"), (FrequentChange f) -> week(f.isoYearWeek()), 90),
					Ui.numberColumn(this.i18n.get("audit.analysis.updates"), FrequentChange::updates, 80),
					Ui.column(this.i18n.get("audit.analysis.first"),
							(FrequentChange f) -> this.formats.dateTime(f.firstUpdate()), 120),
					Ui.column(this.i18n.get("audit.analysis.last"),
							(FrequentChange f) -> this.formats.dateTime(f.lastUpdate()), 120),
					Ui.column(this.i18n.get("audit.analysis.actors"),
							(FrequentChange f) -> (f.actors() != null) ? String.join(", ", f.actors()) : "", 160));
		frequent.setItems(this.model.frequentChanges());
		frequent.setPlaceholder(new Label(this.i18n.get("audit.analysis.noneFrequent")));
		TableView<DeletionCount> deletions = Ui.table("audit-deletions");
		deletions.getColumns()
			.addAll(Ui.column(this.i18n.get("audit.user"), DeletionCount::actor, 140),
					Ui.column(this.i18n.get("audit.table"), (DeletionCount d) -> tableName(d.tableName()), 160),
					Ui.numberColumn(this.i18n.get("audit.analysis.deletions"), DeletionCount::deletions, 90),
					Ui.column(this.i18n.get("audit.analysis.lastDeletion"),
							(DeletionCount d) -> this.formats.dateTime(d.lastDeletion()), 130));
		deletions.setItems(this.model.deletions());
		deletions.setPlaceholder(new Label(this.i18n.get("audit.analysis.noneDeleted")));
		VBox analyses = new VBox(8,
				Ui.bar(new Label(this.i18n.get("audit.analyses.hint")),
						Ui.button(this.i18n.get("audit.analyses.run"), "audit-analyses", this.model::runAnalyses)),
				Ui.section(this.i18n.get("audit.analysis.frequent")), frequent,
				Ui.section(this.i18n.get("audit.analysis.deletionsPerUser")), deletions);
		analyses.setPadding(new Insets(8));

		Label integrityText = new Label(this.i18n.get("audit.integrity.hint"));
		integrityText.setWrapText(true);
		Label verdict = new Label();
		verdict.setId("audit-verdict");
		verdict.getStyleClass().add("verdict");
		verdict.textProperty()
			.bind(Bindings
				.createStringBinding(
						() -> (this.model.integrityProperty().get() == null) ? ""
								: Boolean.TRUE.equals(this.model.integrityProperty().get().intact())
										? this.i18n.get("audit.intact",
												this.formats
													.integer(this.model.integrityProperty().get().rowsChecked()))
										: this.i18n.get("audit.broken",
												this.model.integrityProperty().get().firstBrokenId(),
												this.model.integrityProperty().get().problem()),
						this.model.integrityProperty()));
		VBox integrity = new VBox(10, integrityText,
				Ui.button(this.i18n.get("audit.integrity.run"), "audit-verify", this.model::verify), verdict);
		integrity.setPadding(new Insets(8));

		TabPane tabs = new TabPane(new Tab(this.i18n.get("audit.tab.journal"), journal),
				new Tab(this.i18n.get("audit.tab.analyses"), analyses),
				new Tab(this.i18n.get("audit.tab.integrity"), integrity));
		tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
		tabs.setId("audit-tabs");
		VBox.setVgrow(tabs, javafx.scene.layout.Priority.ALWAYS);
		getChildren().addAll(Ui.title(this.i18n.get("nav.audit")),
				Ui.bar(user, table, action, row, new Label(this.i18n.get("period.from")), from,
						new Label(this.i18n.get("period.to")), to),
				Ui.bar(search, Ui.button(this.i18n.get("filter.clear"), "audit-clear", this.model::clearFilters),
						export, Ui.busy(this.model)),
				Ui.messages(this.model), tabs);
	}

	private String tableName(String name) {
		String key = "audit.table." + name;
		return this.i18n.has(key) ? this.i18n.get(key) : name;
	}

	private static String week(Integer isoYearWeek) {
		if (isoYearWeek == null) {
			return "";
		}
		return (isoYearWeek / 100) + "-S" + String.format("%02d", isoYearWeek % 100);
	}

	private static String orEmpty(String text) {
		return (text != null) ? text : "∅";
	}

	public AuditViewModel model() {
		return this.model;
	}

	@Override
	public Node view() {
		return this;
	}

	@Override
	public void shown() {
		if (!this.started) {
			this.started = true;
			this.model.loadUsers();
		}
		this.model.load();
	}

}
