package fr.infotools.desktop.invoices;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import fr.infotools.desktop.api.model.Customer;
import fr.infotools.desktop.api.model.Invoice;
import fr.infotools.desktop.api.model.InvoiceKind;
import fr.infotools.desktop.api.model.InvoiceStatus;
import fr.infotools.desktop.api.model.InvoiceSummary;
import fr.infotools.desktop.api.model.Payment;
import fr.infotools.desktop.api.model.PaymentMethod;
import fr.infotools.desktop.api.model.Product;
import fr.infotools.desktop.api.model.UserSummary;
import fr.infotools.desktop.shell.Screen;
import fr.infotools.desktop.ui.Context;
import fr.infotools.desktop.ui.Formats;
import fr.infotools.desktop.ui.FormGrid;
import fr.infotools.desktop.ui.HostActions;
import fr.infotools.desktop.ui.I18n;
import fr.infotools.desktop.ui.LookupField;
import fr.infotools.desktop.ui.Ui;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Facturation: filters and list on the left; the document on the right. */
public class InvoicesView extends SplitPane implements Screen {

	private final InvoicesViewModel model;

	private final I18n i18n;

	private final Formats formats;

	private final HostActions host;

	private boolean started;

	public InvoicesView(Context context, HostActions host) {
		this.model = new InvoicesViewModel(context);
		this.i18n = context.i18n();
		this.formats = context.formats();
		this.host = host;
		ScrollPane right = new ScrollPane(document());
		right.setFitToWidth(true);
		getItems().addAll(list(), right);
		setDividerPositions(0.5);
	}

	private Node list() {
		ComboBox<InvoiceStatus> status = new ComboBox<>();
		status.setId("invoices-status");
		status.getItems().add(null);
		status.getItems().addAll(InvoiceStatus.values());
		Ui.display(status, this.i18n::label, this.i18n.get("filter.allStatuses"));
		status.valueProperty().bindBidirectional(this.model.statusFilterProperty());
		status.valueProperty().addListener((observable, before, now) -> this.model.search());
		ComboBox<InvoiceKind> kind = new ComboBox<>();
		kind.setId("invoices-kind");
		kind.getItems().addAll(null, InvoiceKind.INVOICE, InvoiceKind.CREDIT_NOTE);
		Ui.display(kind, this.i18n::label, this.i18n.get("filter.allKinds"));
		kind.valueProperty().bindBidirectional(this.model.kindFilterProperty());
		kind.valueProperty().addListener((observable, before, now) -> this.model.search());
		CheckBox overdue = new CheckBox(this.i18n.get("invoices.overdueOnly"));
		overdue.setId("invoices-overdue");
		overdue.selectedProperty().bindBidirectional(this.model.overdueOnlyProperty());
		overdue.selectedProperty().addListener((observable, before, now) -> this.model.search());
		ComboBox<UserSummary> rep = new ComboBox<>();
		rep.setId("invoices-rep");
		Ui.display(rep, UserSummary::displayName, this.i18n.get("filter.allReps"));
		this.model.reps().addListener((ListChangeListener<UserSummary>) (change) -> {
			UserSummary chosen = rep.getValue();
			rep.getItems().setAll(this.model.reps());
			rep.getItems().add(0, null);
			rep.setValue(chosen);
		});
		rep.valueProperty().bindBidirectional(this.model.repFilterProperty());
		rep.valueProperty().addListener((observable, before, now) -> this.model.search());
		DatePicker from = Ui.datePicker("invoices-from", this.formats);
		from.setPrefWidth(120);
		from.valueProperty().bindBidirectional(this.model.fromProperty());
		from.valueProperty().addListener((observable, before, now) -> this.model.search());
		DatePicker to = Ui.datePicker("invoices-to", this.formats);
		to.setPrefWidth(120);
		to.valueProperty().bindBidirectional(this.model.toProperty());
		to.valueProperty().addListener((observable, before, now) -> this.model.search());
		LookupField<Customer> customer = new LookupField<>(this.model.customerFilter(), "invoices-customer",
				this.i18n.get("lookup.customer.prompt"), Customer::companyName, this.i18n.get("filter.allCustomers"));

		TableView<InvoiceSummary> table = Ui.table("invoices-table");
		table.getColumns()
			.addAll(Ui.column(this.i18n.get("invoice.number"),
					(InvoiceSummary i) -> (i.number() != null) ? i.number()
							: this.i18n.get("invoice.draftNumber", i.id()),
					105), Ui.column(this.i18n.get("invoice.customer"), InvoiceSummary::customerName, 130),
					Ui.column(this.i18n.get("invoice.issueDate"),
							(InvoiceSummary i) -> this.formats.date(i.issueDate()), 72),
					Ui.numberColumn(this.i18n.get("invoice.totalInclVat"),
							(InvoiceSummary i) -> this.formats.money(i.totalInclVat()), 90),
					Ui.numberColumn(this.i18n.get("invoice.amountDue"),
							(InvoiceSummary i) -> this.formats.money(i.amountDue()), 90),
					Ui.column(this.i18n.get("invoice.status"), this::statusText, 100));
		table.setRowFactory((view) -> new TableRow<>() {
			@Override
			protected void updateItem(InvoiceSummary item, boolean empty) {
				super.updateItem(item, empty);
				getStyleClass().removeAll("row-out");
				if (!empty && item != null && Boolean.TRUE.equals(item.overdue())) {
					getStyleClass().add("row-out");
				}
			}
		});
		table.setItems(this.model.invoices());
		table.setPlaceholder(new Label(this.i18n.get("invoices.empty")));
		table.getSelectionModel().selectedItemProperty().addListener((observable, before, now) -> {
			if (now != null) {
				this.model.open(now.id());
			}
		});

		FormGrid draft = new FormGrid(this.model);
		draft.add("customerId", this.i18n.get("invoice.customer"), new LookupField<>(this.model.draftCustomer(),
				"draft-customer", this.i18n.get("lookup.customer.prompt"), Customer::companyName, ""));
		TextField terms = new TextField();
		terms.setId("draft-terms");
		terms.textProperty().bindBidirectional(this.model.draftTermsProperty());
		draft.add("paymentTermsDays", this.i18n.get("invoice.terms"), terms);
		VBox draftCard = Ui.card(Ui.section(this.i18n.get("invoice.newDraft")), draft,
				Ui.button(this.i18n.get("invoice.createDraft"), "draft-create", this.model::createDraft));

		VBox box = new VBox(8, Ui.title(this.i18n.get("nav.invoices")), Ui.bar(status, kind, overdue),
				Ui.bar(rep, customer),
				Ui.bar(new Label(this.i18n.get("period.from")), from, new Label(this.i18n.get("period.to")), to,
						Ui.button(this.i18n.get("action.refresh"), "invoices-refresh", this.model::load),
						Ui.button(this.i18n.get("filter.clear"), "invoices-clear", this.model::clearFilters),
						Ui.busy(this.model)),
				table,
				Ui.pager(this.model.paging(), this.i18n, "invoices", this.model::previousPage, this.model::nextPage),
				draftCard);
		box.setPadding(new Insets(12));
		return box;
	}

	private String statusText(InvoiceSummary invoice) {
		String text = this.i18n.label(invoice.status());
		if (invoice.kind() == InvoiceKind.CREDIT_NOTE) {
			text = this.i18n.label(InvoiceKind.CREDIT_NOTE) + " · " + text;
		}
		return Boolean.TRUE.equals(invoice.overdue()) ? text + " · " + this.i18n.get("invoice.overdue") : text;
	}

	private Node document() {
		Label heading = new Label(this.i18n.get("invoice.none"));
		heading.setId("invoice-heading");
		heading.getStyleClass().add("section-title");
		GridPane facts = new GridPane();
		facts.setHgap(10);
		facts.setVgap(3);
		String[] keys = { "invoice.customer", "invoice.rep", "invoice.issueDate", "invoice.dueDate", "invoice.status" };
		Label[] values = new Label[keys.length];
		for (int i = 0; i < keys.length; i++) {
			Label caption = new Label(this.i18n.get(keys[i]));
			caption.getStyleClass().add("caption");
			caption.setMinWidth(Label.USE_PREF_SIZE);
			values[i] = new Label();
			facts.add(caption, 0, i);
			facts.add(values[i], 1, i);
		}
		values[4].setId("invoice-status");

		FormGrid header = new FormGrid(this.model);
		TextField terms = new TextField();
		terms.setId("invoice-terms");
		terms.textProperty().bindBidirectional(this.model.termsProperty());
		header.add("paymentTermsDays", this.i18n.get("invoice.terms"), terms);
		TextField notes = new TextField();
		notes.setId("invoice-notes");
		notes.textProperty().bindBidirectional(this.model.notesProperty());
		header.add("notes", this.i18n.get("invoice.notes"), notes);
		header.disableProperty().bind(this.model.draftProperty().not());
		Button saveHeader = Ui.button(this.i18n.get("action.save"), "invoice-save", this.model::saveHeader);
		Button delete = Ui.button(this.i18n.get("invoice.deleteDraft"), "invoice-delete", () -> {
			if (Ui.confirm(getScene().getWindow(), this.i18n, this.i18n.get("invoice.delete.confirm"))) {
				this.model.deleteDraft();
			}
		});
		Button issue = Ui.button(this.i18n.get("invoice.issue"), "invoice-issue", () -> {
			if (Ui.confirm(getScene().getWindow(), this.i18n, this.i18n.get("invoice.issue.confirm"))) {
				this.model.issue();
			}
		});
		issue.getStyleClass().add("primary");
		for (Button button : new Button[] { saveHeader, delete, issue }) {
			button.disableProperty().bind(this.model.draftProperty().not().or(this.model.busyProperty()));
		}
		Button openPdf = Ui.button(this.i18n.get("invoice.pdf.open"), "invoice-pdf-open", this::openPdf);
		Button savePdf = Ui.button(this.i18n.get("invoice.pdf.save"), "invoice-pdf-save",
				() -> this.host
					.chooseSaveFile(getScene().getWindow(), this.i18n.get("invoice.pdf.save"), this.model.pdfFileName(),
							this.i18n.get("file.pdf"), "pdf")
					.ifPresent((file) -> this.model.savePdf(file, (saved) -> {
					})));
		Button credit = Ui.button(this.i18n.get("invoice.creditNote"), "invoice-credit",
				() -> CreditNoteDialog.ask(getScene().getWindow(), this.i18n, this.model.invoiceProperty().get())
					.ifPresent(this.model::creditNote));
		credit.disableProperty().bind(this.model.openProperty().not());
		openPdf.disableProperty().bind(this.model.invoiceProperty().isNull());
		savePdf.disableProperty().bind(this.model.invoiceProperty().isNull());

		TableView<Invoice.Line> lines = Ui.table("invoice-lines");
		lines.getColumns()
			.addAll(Ui.column(this.i18n.get("invoice.line.description"), Invoice.Line::description, 190),
					Ui.numberColumn(this.i18n.get("invoice.line.quantity"), Invoice.Line::quantity, 45),
					Ui.numberColumn(this.i18n.get("invoice.line.unitPrice"),
							(Invoice.Line l) -> this.formats.money(l.unitPriceExclVat()), 85),
					Ui.numberColumn(this.i18n.get("invoice.line.discount"),
							(Invoice.Line l) -> (l.discountPercent() == null || l.discountPercent().signum() == 0) ? ""
									: this.formats.percent(l.discountPercent()),
							55),
					Ui.numberColumn(this.i18n.get("invoice.line.vat"),
							(Invoice.Line l) -> this.formats.percent(l.vatRate()), 50),
					Ui.numberColumn(this.i18n.get("invoice.line.net"),
							(Invoice.Line l) -> this.formats.money(l.netAmount()), 90),
					Ui.numberColumn(this.i18n.get("invoice.line.margin"),
							(Invoice.Line l) -> this.formats.money(l.margin()), 80),
					Ui.numberColumn(this.i18n.get("invoice.line.credited"),
							(Invoice.Line l) -> (l.creditedQuantity() == null || l.creditedQuantity() == 0) ? ""
									: String.valueOf(l.creditedQuantity()),
							50));
		lines.setPrefHeight(170);
		lines.setPlaceholder(new Label(this.i18n.get("invoice.noLine")));
		lines.getSelectionModel()
			.selectedItemProperty()
			.addListener((observable, before, now) -> this.model.selectLine(now));

		TextField lineQuantity = new TextField();
		lineQuantity.setId("line-quantity");
		lineQuantity.setPrefColumnCount(4);
		lineQuantity.textProperty().bindBidirectional(this.model.lineQuantityProperty());
		TextField lineDiscount = new TextField();
		lineDiscount.setId("line-discount");
		lineDiscount.setPrefColumnCount(4);
		lineDiscount.textProperty().bindBidirectional(this.model.lineDiscountProperty());
		Button change = Ui.button(this.i18n.get("invoice.line.change"), "line-change", this.model::changeLine);
		Button remove = Ui.button(this.i18n.get("invoice.line.remove"), "line-remove", this.model::removeLine);
		var lineEditor = Ui.bar(new Label(this.i18n.get("invoice.line.quantity")), lineQuantity,
				new Label(this.i18n.get("invoice.line.discount")), lineDiscount, change, remove);
		lineEditor.disableProperty().bind(this.model.draftProperty().not().or(this.model.lineProperty().isNull()));

		FormGrid picker = new FormGrid(this.model);
		picker.add("productId", this.i18n.get("invoice.product"),
				new LookupField<>(this.model.product(), "line-product", this.i18n.get("lookup.product.prompt"),
						(Product p) -> p.sku() + " — " + p.name() + " (" + this.formats.money(p.unitPriceExclVat())
								+ stock(p) + ")",
						""));
		TextField quantity = new TextField();
		quantity.setId("line-new-quantity");
		quantity.textProperty().bindBidirectional(this.model.quantityProperty());
		picker.add("quantity", this.i18n.get("invoice.line.quantity"), quantity);
		TextField discount = new TextField();
		discount.setId("line-new-discount");
		discount.setPromptText("0");
		discount.textProperty().bindBidirectional(this.model.discountProperty());
		picker.add("discountPercent", this.i18n.get("invoice.line.discount"), discount);
		Label preview = new Label();
		preview.setId("line-preview");
		preview.getStyleClass().add("preview");
		preview.setWrapText(true);
		preview.textProperty().bind(this.model.previewProperty());
		picker.addRow("", preview);
		Button add = Ui.button(this.i18n.get("invoice.line.add"), "line-add", this.model::addLine);
		VBox pickerBox = new VBox(6, Ui.section(this.i18n.get("invoice.addProduct")), picker, add);
		pickerBox.visibleProperty().bind(this.model.draftProperty());
		pickerBox.managedProperty().bind(pickerBox.visibleProperty());

		GridPane totals = new GridPane();
		totals.setHgap(12);
		totals.setVgap(2);
		totals.setId("invoice-totals");

		TableView<Payment> payments = Ui.table("invoice-payments");
		payments.getColumns()
			.addAll(Ui.column(this.i18n.get("payment.date"), (Payment p) -> this.formats.date(p.paidOn()), 90),
					Ui.numberColumn(this.i18n.get("payment.amount"), (Payment p) -> this.formats.money(p.amount()), 90),
					Ui.column(this.i18n.get("payment.method"), (Payment p) -> this.i18n.label(p.method()), 90),
					Ui.column(this.i18n.get("payment.reference"), Payment::reference, 120));
		payments.setPrefHeight(100);
		payments.setPlaceholder(new Label(this.i18n.get("payment.none")));
		FormGrid pay = new FormGrid(this.model);
		TextField amount = new TextField();
		amount.setId("payment-amount");
		amount.textProperty().bindBidirectional(this.model.paymentAmountProperty());
		pay.add("amount", this.i18n.get("payment.amount"), amount);
		DatePicker paidOn = Ui.datePicker("payment-date", this.formats);
		paidOn.valueProperty().bindBidirectional(this.model.paymentDateProperty());
		pay.add("paidOn", this.i18n.get("payment.date"), paidOn);
		ComboBox<PaymentMethod> method = new ComboBox<>();
		method.setId("payment-method");
		method.getItems().setAll(PaymentMethod.values());
		Ui.display(method, this.i18n::label, "");
		method.valueProperty().bindBidirectional(this.model.paymentMethodProperty());
		pay.add("method", this.i18n.get("payment.method"), method);
		TextField reference = new TextField();
		reference.setId("payment-reference");
		reference.textProperty().bindBidirectional(this.model.paymentReferenceProperty());
		pay.add("reference", this.i18n.get("payment.reference"), reference);
		Button record = Ui.button(this.i18n.get("payment.record"), "payment-record", this.model::recordPayment);
		VBox payBox = new VBox(6, Ui.section(this.i18n.get("payment.title")), payments, pay, record);
		payBox.visibleProperty()
			.bind(Bindings.createBooleanBinding(
					() -> this.model.invoiceProperty().get() != null && !this.model.invoiceProperty().get().isDraft()
							&& this.model.invoiceProperty().get().kind() == InvoiceKind.INVOICE,
					this.model.invoiceProperty()));
		payBox.managedProperty().bind(payBox.visibleProperty());
		record.disableProperty()
			.bind(Bindings.createBooleanBinding(
					() -> this.model.invoiceProperty().get() == null
							|| this.model.invoiceProperty().get().amountDue() == null
							|| this.model.invoiceProperty().get().amountDue().signum() <= 0,
					this.model.invoiceProperty()));

		Label related = new Label();
		related.setId("invoice-related");
		related.setWrapText(true);

		this.model.invoiceProperty().addListener((observable, before, invoice) -> {
			if (invoice == null) {
				heading.setText(this.i18n.get("invoice.none"));
				for (Label value : values) {
					value.setText("");
				}
				lines.getItems().clear();
				payments.getItems().clear();
				totals.getChildren().clear();
				related.setText("");
				return;
			}
			heading.setText(title(invoice));
			values[0].setText(invoice.customerName());
			values[1].setText(invoice.salesRepName());
			values[2].setText(this.formats.date(invoice.issueDate()));
			values[3].setText(this.formats.date(invoice.dueDate()));
			values[4].setText(this.i18n.label(invoice.status())
					+ (Boolean.TRUE.equals(invoice.overdue()) ? " · " + this.i18n.get("invoice.overdue") : ""));
			lines.getItems().setAll(invoice.lines());
			payments.getItems().setAll((invoice.payments() != null) ? invoice.payments() : java.util.List.of());
			fillTotals(totals, invoice);
			related.setText(relatedText(invoice));
		});

		VBox box = new VBox(10,
				Ui.card(heading, facts, header,
						Ui.bar(saveHeader, delete, issue, openPdf, savePdf, credit, Ui.busy(this.model)),
						Ui.messages(this.model)),
				Ui.card(Ui.section(this.i18n.get("invoice.lines")), lines, lineEditor, pickerBox),
				Ui.card(Ui.section(this.i18n.get("invoice.totals")), totals, related), Ui.card(payBox));
		box.setPadding(new Insets(12));
		return box;
	}

	private String stock(Product product) {
		return (product.stockLevel() != null) ? ", " + this.i18n.get("invoice.product.stock", product.stockLevel())
				: "";
	}

	private String title(Invoice invoice) {
		String kind = this.i18n.label(invoice.kind());
		return (invoice.number() != null) ? kind + " " + invoice.number()
				: kind + " — " + this.i18n.get("invoice.draftNumber", invoice.id());
	}

	private void fillTotals(GridPane grid, Invoice invoice) {
		grid.getChildren().clear();
		int row = 0;
		row = total(grid, row, "invoice.totalExclVat", this.formats.money(invoice.totalExclVat()), "total-excl");
		if (invoice.vatBreakdown() != null) {
			for (Invoice.VatLine vat : invoice.vatBreakdown()) {
				row = total(grid, row, null, this.formats.money(vat.vat()), null, this.i18n.get("invoice.vatAt",
						this.formats.percent(vat.rate()), this.formats.money(vat.base())));
			}
		}
		row = total(grid, row, "invoice.totalInclVat", this.formats.money(invoice.totalInclVat()), "total-incl");
		if (!invoice.isDraft()) {
			row = total(grid, row, "invoice.amountPaid", this.formats.money(invoice.amountPaid()), "total-paid");
			row = total(grid, row, "invoice.amountCredited", this.formats.money(invoice.amountCredited()), null);
			row = total(grid, row, "invoice.amountDue", this.formats.money(invoice.amountDue()), "total-due");
		}
		if (invoice.margin() != null) {
			String rate = (invoice.totalExclVat() == null || invoice.totalExclVat().signum() == 0)
					? "" : " ("
							+ this.formats.rate(
									invoice.margin().divide(invoice.totalExclVat(), 4, java.math.RoundingMode.HALF_UP))
							+ ")";
			row = total(grid, row, "invoice.cost", this.formats.money(invoice.totalCost()), null);
			total(grid, row, "invoice.margin", this.formats.money(invoice.margin()) + rate, "total-margin");
		}
	}

	private int total(GridPane grid, int row, String key, String value, String id) {
		return total(grid, row, key, value, id, null);
	}

	private int total(GridPane grid, int row, String key, String value, String id, String caption) {
		Label label = new Label((key != null) ? this.i18n.get(key) : caption);
		label.getStyleClass().add("caption");
		Label amount = new Label(value);
		amount.getStyleClass().add("amount");
		if (id != null) {
			amount.setId(id);
		}
		grid.add(label, 0, row);
		grid.add(amount, 1, row);
		return row + 1;
	}

	private String relatedText(Invoice invoice) {
		StringBuilder text = new StringBuilder();
		if (invoice.creditedInvoice() != null) {
			text.append(this.i18n.get("invoice.creditOf", invoice.creditedInvoice().number()));
		}
		if (invoice.creditNotes() != null && !invoice.creditNotes().isEmpty()) {
			text.append(this.i18n.get("invoice.creditNotes",
					String.join(", ",
							invoice.creditNotes()
								.stream()
								.map((note) -> note.number() + " (" + this.formats.money(note.totalInclVat()) + ")")
								.toList())));
		}
		return text.toString();
	}

	private void openPdf() {
		String name = this.model.pdfFileName();
		try {
			Path folder = Files.createTempDirectory("infotools-");
			Path file = folder.resolve(name);
			file.toFile().deleteOnExit();
			folder.toFile().deleteOnExit();
			this.model.savePdf(file, this.host::open);
		}
		catch (IOException ex) {
			this.model.errorProperty().set(this.i18n.get("error.file", ex.getMessage()));
		}
	}

	public InvoicesViewModel model() {
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
			this.model.loadReps();
		}
		this.model.load();
	}

}
