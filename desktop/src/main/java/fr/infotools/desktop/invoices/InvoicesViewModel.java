package fr.infotools.desktop.invoices;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import fr.infotools.desktop.api.InvoicesApi;
import fr.infotools.desktop.api.model.Customer;
import fr.infotools.desktop.api.model.Invoice;
import fr.infotools.desktop.api.model.InvoiceInputs;
import fr.infotools.desktop.api.model.InvoiceKind;
import fr.infotools.desktop.api.model.InvoiceStatus;
import fr.infotools.desktop.api.model.InvoiceSummary;
import fr.infotools.desktop.api.model.PaymentMethod;
import fr.infotools.desktop.api.model.Product;
import fr.infotools.desktop.api.model.Role;
import fr.infotools.desktop.api.model.UserSummary;
import fr.infotools.desktop.ui.Context;
import fr.infotools.desktop.ui.Formats;
import fr.infotools.desktop.ui.Lookup;
import fr.infotools.desktop.ui.PagedListViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Invoices and credit notes: the filtered list; a new draft; the draft's lines picked
 * from the catalogue with the totals and margin shown as the line is typed; issuing; the
 * PDF; payments; credit notes.
 */
public class InvoicesViewModel extends PagedListViewModel {

	public static final int PAGE_SIZE = 25;

	private final ObjectProperty<InvoiceStatus> statusFilter = new SimpleObjectProperty<>(this, "statusFilter");

	private final BooleanProperty overdueOnly = new SimpleBooleanProperty(this, "overdueOnly");

	private final ObjectProperty<InvoiceKind> kindFilter = new SimpleObjectProperty<>(this, "kindFilter");

	private final Lookup<Customer> customerFilter;

	private final ObjectProperty<UserSummary> repFilter = new SimpleObjectProperty<>(this, "repFilter");

	private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");

	private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");

	private final ObservableList<UserSummary> reps = FXCollections.observableArrayList();

	private final ObservableList<InvoiceSummary> invoices = FXCollections.observableArrayList();

	private final ObjectProperty<Invoice> invoice = new SimpleObjectProperty<>(this, "invoice");

	private final Lookup<Customer> draftCustomer;

	private final StringProperty draftTerms = new SimpleStringProperty(this, "draftTerms", "30");

	private final StringProperty terms = new SimpleStringProperty(this, "terms", "");

	private final StringProperty notes = new SimpleStringProperty(this, "notes", "");

	private final Lookup<Product> product;

	private final StringProperty quantity = new SimpleStringProperty(this, "quantity", "1");

	private final StringProperty discount = new SimpleStringProperty(this, "discount", "");

	private final ObjectProperty<Invoice.Line> line = new SimpleObjectProperty<>(this, "line");

	private final StringProperty lineQuantity = new SimpleStringProperty(this, "lineQuantity", "");

	private final StringProperty lineDiscount = new SimpleStringProperty(this, "lineDiscount", "");

	private final StringProperty paymentAmount = new SimpleStringProperty(this, "paymentAmount", "");

	private final ObjectProperty<LocalDate> paymentDate = new SimpleObjectProperty<>(this, "paymentDate");

	private final ObjectProperty<PaymentMethod> paymentMethod = new SimpleObjectProperty<>(this, "paymentMethod",
			PaymentMethod.TRANSFER);

	private final StringProperty paymentReference = new SimpleStringProperty(this, "paymentReference", "");

	private final StringBinding preview;

	public InvoicesViewModel(Context context) {
		super(context, PAGE_SIZE);
		this.customerFilter = new Lookup<>(context,
				(q) -> context.backend().customers().list(q, null, null, 0, 30).items(), Customer::id);
		this.draftCustomer = new Lookup<>(context,
				(q) -> context.backend().customers().list(q, null, null, 0, 30).items(), Customer::id);
		this.product = new Lookup<>(context, (q) -> context.backend().products().list(q, null, true, 0, 30).items(),
				Product::id);
		this.customerFilter.selectedProperty().addListener((observable, before, now) -> search());
		this.paymentDate.set(today());
		this.preview = Bindings.createStringBinding(this::previewText, this.invoice, this.product.selectedProperty(),
				this.quantity, this.discount);
	}

	private InvoicesApi api() {
		return this.context.backend().invoices();
	}

	private LocalDate today() {
		return LocalDate.now(this.context.clock().withZone(Formats.ZONE));
	}

	// the list

	public ObjectProperty<InvoiceStatus> statusFilterProperty() {
		return this.statusFilter;
	}

	public BooleanProperty overdueOnlyProperty() {
		return this.overdueOnly;
	}

	public ObjectProperty<InvoiceKind> kindFilterProperty() {
		return this.kindFilter;
	}

	public Lookup<Customer> customerFilter() {
		return this.customerFilter;
	}

	public ObjectProperty<UserSummary> repFilterProperty() {
		return this.repFilter;
	}

	public ObjectProperty<LocalDate> fromProperty() {
		return this.from;
	}

	public ObjectProperty<LocalDate> toProperty() {
		return this.to;
	}

	public ObservableList<UserSummary> reps() {
		return this.reps;
	}

	public ObservableList<InvoiceSummary> invoices() {
		return this.invoices;
	}

	public void loadReps() {
		call(() -> this.context.backend().users().list(Role.SALES), (users) -> this.reps
			.setAll(users.stream().filter((user) -> !Boolean.FALSE.equals(user.active())).toList()));
	}

	/** The filter of the list as the server takes it. */
	public InvoicesApi.Filter filter() {
		Customer customer = this.customerFilter.selected();
		return new InvoicesApi.Filter(this.statusFilter.get(), this.overdueOnly.get() ? Boolean.TRUE : null,
				this.kindFilter.get(), (customer != null) ? customer.id() : null,
				(this.repFilter.get() != null) ? this.repFilter.get().id() : null, this.from.get(), this.to.get());
	}

	@Override
	public void load() {
		if (this.from.get() != null && this.to.get() != null && this.from.get().isAfter(this.to.get())) {
			rejectField("to", i18n().get("validation.period"));
			return;
		}
		this.fieldErrors().remove("to");
		InvoicesApi.Filter filter = filter();
		int page = paging().page();
		call(() -> api().list(filter, page, PAGE_SIZE), (answer) -> {
			paging().update(answer);
			this.invoices.setAll(answer.items());
		});
	}

	public void clearFilters() {
		this.statusFilter.set(null);
		this.overdueOnly.set(false);
		this.kindFilter.set(null);
		this.customerFilter.clear();
		this.repFilter.set(null);
		this.from.set(null);
		this.to.set(null);
		search();
	}

	// the document

	public ObjectProperty<Invoice> invoiceProperty() {
		return this.invoice;
	}

	public BooleanBinding draftProperty() {
		return Bindings.createBooleanBinding(() -> this.invoice.get() != null && this.invoice.get().isDraft(),
				this.invoice);
	}

	/** True for an issued invoice that may still be paid or credited. */
	public BooleanBinding openProperty() {
		return Bindings
			.createBooleanBinding(() -> this.invoice.get() != null && this.invoice.get().kind() == InvoiceKind.INVOICE
					&& (this.invoice.get().status() == InvoiceStatus.ISSUED
							|| this.invoice.get().status() == InvoiceStatus.PARTIALLY_PAID
							|| this.invoice.get().status() == InvoiceStatus.PAID),
					this.invoice);
	}

	public void open(long id) {
		call(() -> api().get(id), this::show);
	}

	private void show(Invoice document) {
		this.invoice.set(document);
		this.terms.set((document.paymentTermsDays() != null) ? String.valueOf(document.paymentTermsDays()) : "");
		this.notes.set((document.notes() != null) ? document.notes() : "");
		this.paymentAmount.set(formats().amount(document.amountDue()));
		this.line.set(null);
	}

	public Lookup<Customer> draftCustomer() {
		return this.draftCustomer;
	}

	public StringProperty draftTermsProperty() {
		return this.draftTerms;
	}

	public StringProperty termsProperty() {
		return this.terms;
	}

	public StringProperty notesProperty() {
		return this.notes;
	}

	/** Creates a draft for the customer chosen. */
	public void createDraft() {
		clearErrors();
		if (!required("customerId", this.draftCustomer.selected())) {
			return;
		}
		Integer days = integer("paymentTermsDays", this.draftTerms.get());
		if (!fieldErrors().isEmpty()) {
			return;
		}
		InvoiceInputs.Create input = new InvoiceInputs.Create(this.draftCustomer.selected().id(), days, null);
		call(() -> api().create(input), (draft) -> {
			show(draft);
			inform(i18n().get("invoice.draftCreated", draft.customerName()));
			load();
		});
	}

	/** Saves the draft's payment terms and notes. */
	public void saveHeader() {
		clearErrors();
		Invoice current = this.invoice.get();
		if (current == null) {
			return;
		}
		Integer days = integer("paymentTermsDays", this.terms.get());
		if (!required("paymentTermsDays", days) || !fieldErrors().isEmpty()) {
			return;
		}
		InvoiceInputs.Update input = new InvoiceInputs.Update(days, blank(this.notes.get()), current.version());
		call(() -> api().update(current.id(), input), (saved) -> {
			show(saved);
			inform(i18n().get("invoice.saved"));
		});
	}

	public void reload() {
		Invoice current = this.invoice.get();
		if (current != null) {
			call(() -> api().get(current.id()), (fresh) -> {
				clearErrors();
				show(fresh);
			});
		}
	}

	public void deleteDraft() {
		Invoice current = this.invoice.get();
		if (current == null) {
			return;
		}
		call(() -> {
			api().delete(current.id());
			return current;
		}, (deleted) -> {
			this.invoice.set(null);
			inform(i18n().get("invoice.deleted"));
			load();
		});
	}

	// lines

	public Lookup<Product> product() {
		return this.product;
	}

	public StringProperty quantityProperty() {
		return this.quantity;
	}

	public StringProperty discountProperty() {
		return this.discount;
	}

	/** What the totals would be with the line being typed. */
	public StringBinding previewProperty() {
		return this.preview;
	}

	String previewText() {
		Invoice current = this.invoice.get();
		Product chosen = this.product.selected();
		if (current == null || !current.isDraft() || chosen == null) {
			return "";
		}
		int count;
		BigDecimal off;
		try {
			Integer parsed = formats().parseInteger(this.quantity.get());
			off = formats().parseDecimal(this.discount.get());
			if (parsed == null || parsed <= 0) {
				return "";
			}
			count = parsed;
		}
		catch (NumberFormatException ex) {
			return "";
		}
		BigDecimal net = InvoiceMath.lineNet(count, chosen.unitPriceExclVat(), off);
		InvoiceMath.Totals totals = InvoiceMath.withLine(current, chosen, count, off);
		return i18n().get("invoice.preview", formats().money(net), formats().money(totals.exclVat()),
				formats().money(totals.inclVat()), formats().money(totals.margin()));
	}

	/** Adds the product chosen to the draft. */
	public void addLine() {
		clearErrors();
		Invoice current = this.invoice.get();
		if (current == null) {
			return;
		}
		if (!required("productId", this.product.selected()) | !required("quantity", this.quantity.get())) {
			return;
		}
		Integer count = integer("quantity", this.quantity.get());
		BigDecimal off = decimal("discountPercent", this.discount.get());
		if (!fieldErrors().isEmpty()) {
			return;
		}
		InvoiceInputs.AddLine input = new InvoiceInputs.AddLine(this.product.selected().id(), BigDecimal.valueOf(count),
				off);
		call(() -> api().addLine(current.id(), input), (updated) -> {
			show(updated);
			this.product.clear();
			this.quantity.set("1");
			this.discount.set("");
			inform(i18n().get("invoice.lineAdded"));
		});
	}

	public ObjectProperty<Invoice.Line> lineProperty() {
		return this.line;
	}

	public StringProperty lineQuantityProperty() {
		return this.lineQuantity;
	}

	public StringProperty lineDiscountProperty() {
		return this.lineDiscount;
	}

	public void selectLine(Invoice.Line chosen) {
		this.line.set(chosen);
		if (chosen != null) {
			this.lineQuantity.set(String.valueOf(chosen.quantity()));
			this.lineDiscount.set(formats().number(chosen.discountPercent()));
		}
	}

	public void changeLine() {
		clearErrors();
		Invoice current = this.invoice.get();
		Invoice.Line chosen = this.line.get();
		if (current == null || chosen == null || !required("quantity", this.lineQuantity.get())) {
			return;
		}
		Integer count = integer("quantity", this.lineQuantity.get());
		BigDecimal off = decimal("discountPercent", this.lineDiscount.get());
		if (!fieldErrors().isEmpty()) {
			return;
		}
		InvoiceInputs.ChangeLine input = new InvoiceInputs.ChangeLine(BigDecimal.valueOf(count), off);
		call(() -> api().changeLine(current.id(), chosen.lineNo(), input), (updated) -> {
			show(updated);
			inform(i18n().get("invoice.lineChanged"));
		});
	}

	public void removeLine() {
		Invoice current = this.invoice.get();
		Invoice.Line chosen = this.line.get();
		if (current == null || chosen == null) {
			return;
		}
		call(() -> api().deleteLine(current.id(), chosen.lineNo()), (updated) -> {
			show(updated);
			inform(i18n().get("invoice.lineRemoved"));
		});
	}

	// issue, PDF

	/**
	 * Issues the draft: the server gives the number, the due date, and takes the stock
	 * out.
	 */
	public void issue() {
		Invoice current = this.invoice.get();
		if (current == null) {
			return;
		}
		clearErrors();
		call(() -> api().issue(current.id()), (issued) -> {
			show(issued);
			inform(i18n().get("invoice.issued", issued.number(), formats().date(issued.dueDate())));
			load();
		});
	}

	/** The suggested file name of the PDF. */
	public String pdfFileName() {
		Invoice current = this.invoice.get();
		return ((current != null && current.number() != null) ? current.number() : "brouillon-" + current.id())
				+ ".pdf";
	}

	/** Saves the document's PDF to {@code target}; {@code then} gets the file. */
	public void savePdf(Path target, Consumer<Path> then) {
		Invoice current = this.invoice.get();
		if (current == null) {
			return;
		}
		call(() -> {
			Files.write(target, api().pdf(current.id()));
			return target;
		}, (file) -> {
			inform(i18n().get("invoice.pdfSaved", file.getFileName()));
			then.accept(file);
		});
	}

	// payments and credit notes

	public StringProperty paymentAmountProperty() {
		return this.paymentAmount;
	}

	public ObjectProperty<LocalDate> paymentDateProperty() {
		return this.paymentDate;
	}

	public ObjectProperty<PaymentMethod> paymentMethodProperty() {
		return this.paymentMethod;
	}

	public StringProperty paymentReferenceProperty() {
		return this.paymentReference;
	}

	public void recordPayment() {
		clearErrors();
		Invoice current = this.invoice.get();
		if (current == null) {
			return;
		}
		boolean filled = required("amount", this.paymentAmount.get()) & required("paidOn", this.paymentDate.get())
				& required("method", this.paymentMethod.get());
		BigDecimal amount = decimal("amount", this.paymentAmount.get());
		if (!filled || !fieldErrors().isEmpty()) {
			return;
		}
		InvoiceInputs.RecordPayment input = new InvoiceInputs.RecordPayment(amount, this.paymentDate.get(),
				this.paymentMethod.get(), blank(this.paymentReference.get()));
		call(() -> {
			api().pay(current.id(), input);
			return api().get(current.id());
		}, (fresh) -> {
			show(fresh);
			this.paymentReference.set("");
			inform(i18n().get("invoice.paid", formats().money(amount), formats().money(fresh.amountDue())));
			load();
		});
	}

	/**
	 * Credits the invoice: the quantities by line number, or everything left when empty.
	 */
	public void creditNote(Map<Integer, Integer> quantities) {
		clearErrors();
		Invoice current = this.invoice.get();
		if (current == null) {
			return;
		}
		List<InvoiceInputs.CreditLine> lines = quantities.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() != null && entry.getValue() > 0)
			.map((entry) -> new InvoiceInputs.CreditLine(entry.getKey(), BigDecimal.valueOf(entry.getValue())))
			.toList();
		InvoiceInputs.CreditNote input = new InvoiceInputs.CreditNote(lines.isEmpty() ? null : lines, null);
		call(() -> {
			Invoice credit = api().creditNote(current.id(), input);
			return new Credited(credit, api().get(current.id()));
		}, (credited) -> {
			show(credited.invoice());
			inform(i18n().get("invoice.credited", credited.creditNote().number(),
					formats().money(credited.creditNote().totalInclVat())));
			load();
		});
	}

	record Credited(Invoice creditNote, Invoice invoice) {
	}

	private Integer integer(String field, String text) {
		try {
			return formats().parseInteger(text);
		}
		catch (NumberFormatException ex) {
			fieldErrors().put(field, i18n().get("validation.integer"));
			fail(i18n().get("validation.form"));
			return null;
		}
	}

	private BigDecimal decimal(String field, String text) {
		try {
			return formats().parseDecimal(text);
		}
		catch (NumberFormatException ex) {
			fieldErrors().put(field, i18n().get("validation.number"));
			fail(i18n().get("validation.form"));
			return null;
		}
	}

	private static String blank(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
