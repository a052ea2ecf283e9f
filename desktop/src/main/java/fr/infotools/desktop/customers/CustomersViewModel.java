package fr.infotools.desktop.customers;

import java.util.Objects;

import fr.infotools.desktop.api.CustomersApi;
import fr.infotools.desktop.api.model.Customer;
import fr.infotools.desktop.api.model.CustomerInput;
import fr.infotools.desktop.api.model.CustomerType;
import fr.infotools.desktop.api.model.Role;
import fr.infotools.desktop.api.model.UserSummary;
import fr.infotools.desktop.ui.Context;
import fr.infotools.desktop.ui.PagedListViewModel;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Every rep's prospects and customers: a paged list filtered by rep, type and the start
 * of the name; the form of the one selected (or of a new one); reassignment and
 * conversion. The form keeps what was typed whatever the server answers.
 */
public class CustomersViewModel extends PagedListViewModel {

	public static final int PAGE_SIZE = 25;

	private final StringProperty search = new SimpleStringProperty(this, "search", "");

	private final ObjectProperty<CustomerType> typeFilter = new SimpleObjectProperty<>(this, "typeFilter");

	private final ObjectProperty<UserSummary> ownerFilter = new SimpleObjectProperty<>(this, "ownerFilter");

	private final ObservableList<UserSummary> reps = FXCollections.observableArrayList();

	private final ObservableList<Customer> customers = FXCollections.observableArrayList();

	private final ObjectProperty<Customer> editing = new SimpleObjectProperty<>(this, "editing");

	private final ObjectProperty<CustomerType> type = new SimpleObjectProperty<>(this, "type", CustomerType.PROSPECT);

	private final StringProperty companyName = new SimpleStringProperty(this, "companyName", "");

	private final StringProperty siren = new SimpleStringProperty(this, "siren", "");

	private final StringProperty email = new SimpleStringProperty(this, "email", "");

	private final StringProperty phone = new SimpleStringProperty(this, "phone", "");

	private final StringProperty addressLine = new SimpleStringProperty(this, "addressLine", "");

	private final StringProperty postalCode = new SimpleStringProperty(this, "postalCode", "");

	private final StringProperty city = new SimpleStringProperty(this, "city", "");

	private final StringProperty country = new SimpleStringProperty(this, "country", "FR");

	private final StringProperty notes = new SimpleStringProperty(this, "notes", "");

	private final ObjectProperty<UserSummary> owner = new SimpleObjectProperty<>(this, "owner");

	private final ObjectProperty<UserSummary> reassignTo = new SimpleObjectProperty<>(this, "reassignTo");

	private final ContactsViewModel contacts;

	public CustomersViewModel(Context context) {
		super(context, PAGE_SIZE);
		this.contacts = new ContactsViewModel(context);
	}

	private CustomersApi api() {
		return this.context.backend().customers();
	}

	// the list

	public StringProperty searchProperty() {
		return this.search;
	}

	public ObjectProperty<CustomerType> typeFilterProperty() {
		return this.typeFilter;
	}

	public ObjectProperty<UserSummary> ownerFilterProperty() {
		return this.ownerFilter;
	}

	public ObservableList<UserSummary> reps() {
		return this.reps;
	}

	public ObservableList<Customer> customers() {
		return this.customers;
	}

	/** Loads the active sales reps (filters, owner and reassignment lists). */
	public void loadReps() {
		call(() -> this.context.backend().users().list(Role.SALES), (users) -> this.reps
			.setAll(users.stream().filter((user) -> !Boolean.FALSE.equals(user.active())).toList()));
	}

	/** A new search from the first page. */
	/** Loads the current page of the list. */
	@Override
	public void load() {
		String q = this.search.get();
		CustomerType kind = this.typeFilter.get();
		Long ownerId = (this.ownerFilter.get() != null) ? this.ownerFilter.get().id() : null;
		int page = paging().page();
		call(() -> api().list(q, kind, ownerId, page, PAGE_SIZE), (answer) -> {
			paging().update(answer);
			this.customers.setAll(answer.items());
		});
	}

	// the form

	public ObjectProperty<Customer> editingProperty() {
		return this.editing;
	}

	/** True while the form holds a new customer. */
	public BooleanBinding creatingProperty() {
		return this.editing.isNull();
	}

	public ObjectProperty<CustomerType> typeProperty() {
		return this.type;
	}

	public StringProperty companyNameProperty() {
		return this.companyName;
	}

	public StringProperty sirenProperty() {
		return this.siren;
	}

	public StringProperty emailProperty() {
		return this.email;
	}

	public StringProperty phoneProperty() {
		return this.phone;
	}

	public StringProperty addressLineProperty() {
		return this.addressLine;
	}

	public StringProperty postalCodeProperty() {
		return this.postalCode;
	}

	public StringProperty cityProperty() {
		return this.city;
	}

	public StringProperty countryProperty() {
		return this.country;
	}

	public StringProperty notesProperty() {
		return this.notes;
	}

	public ObjectProperty<UserSummary> ownerProperty() {
		return this.owner;
	}

	public ObjectProperty<UserSummary> reassignToProperty() {
		return this.reassignTo;
	}

	public ContactsViewModel contacts() {
		return this.contacts;
	}

	/** Opens a customer of the list in the form. */
	public void select(Customer customer) {
		if (customer == null) {
			return;
		}
		clearErrors();
		fill(customer);
		this.contacts.show(customer);
	}

	private void fill(Customer customer) {
		this.editing.set(customer);
		this.type.set(customer.type());
		this.companyName.set(text(customer.companyName()));
		this.siren.set(text(customer.siren()));
		this.email.set(text(customer.email()));
		this.phone.set(text(customer.phone()));
		this.addressLine.set(text(customer.addressLine()));
		this.postalCode.set(text(customer.postalCode()));
		this.city.set(text(customer.city()));
		this.country.set(text(customer.country()));
		this.notes.set(text(customer.notes()));
		this.owner.set(rep(customer.ownerId()));
		this.reassignTo.set(null);
	}

	private UserSummary rep(Long id) {
		return this.reps.stream().filter((rep) -> Objects.equals(rep.id(), id)).findFirst().orElse(null);
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

	/** Empties the form for a new prospect (owned by the rep of the filter, if any). */
	public void newCustomer() {
		clearErrors();
		this.editing.set(null);
		this.type.set(CustomerType.PROSPECT);
		for (StringProperty field : new StringProperty[] { this.companyName, this.siren, this.email, this.phone,
				this.addressLine, this.postalCode, this.city, this.notes }) {
			field.set("");
		}
		this.country.set("FR");
		this.owner.set(this.ownerFilter.get());
		this.contacts.show(null);
	}

	/** Creates or updates the customer of the form. */
	public void save() {
		clearErrors();
		Customer current = this.editing.get();
		boolean filled = required("companyName", this.companyName.get());
		if (current == null) {
			filled &= required("ownerId", this.owner.get());
		}
		if (!filled) {
			return;
		}
		CustomerInput input = new CustomerInput((current == null) ? this.type.get() : null, this.companyName.get(),
				blank(this.siren.get()), blank(this.email.get()), blank(this.phone.get()),
				blank(this.addressLine.get()), blank(this.postalCode.get()), blank(this.city.get()),
				blank(this.country.get()), blank(this.notes.get()), (current == null) ? this.owner.get().id() : null,
				(current != null) ? current.version() : null);
		call(() -> (current == null) ? api().create(input) : api().update(current.id(), input), (saved) -> {
			fill(saved);
			this.contacts.show(saved);
			inform(i18n().get((current == null) ? "customer.created" : "customer.saved", saved.companyName()));
			load();
		});
	}

	/** Reads the customer again (after someone else changed it). */
	public void reload() {
		Customer current = this.editing.get();
		if (current == null) {
			return;
		}
		call(() -> api().get(current.id()), (fresh) -> {
			clearErrors();
			fill(fresh);
			inform(i18n().get("customer.reloaded"));
		});
	}

	public void delete() {
		Customer current = this.editing.get();
		if (current == null) {
			return;
		}
		call(() -> {
			api().delete(current.id());
			return current;
		}, (deleted) -> {
			newCustomer();
			inform(i18n().get("customer.deleted", deleted.companyName()));
			load();
		});
	}

	/** Turns the prospect into a customer. */
	public void convert() {
		Customer current = this.editing.get();
		if (current == null) {
			return;
		}
		call(() -> api().convert(current.id()), (converted) -> {
			fill(converted);
			inform(i18n().get("customer.converted", converted.companyName()));
			load();
		});
	}

	/** Gives the customer to the rep chosen in {@code reassignTo}. */
	public void reassign() {
		Customer current = this.editing.get();
		UserSummary target = this.reassignTo.get();
		if (current == null || !required("salesRepId", target)) {
			return;
		}
		call(() -> api().reassign(current.id(), target.id()), (reassigned) -> {
			fill(reassigned);
			inform(i18n().get("customer.reassigned", reassigned.companyName(), reassigned.ownerName()));
			load();
		});
	}

	static String blank(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
