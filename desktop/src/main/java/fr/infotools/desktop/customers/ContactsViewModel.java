package fr.infotools.desktop.customers;

import fr.infotools.desktop.api.CustomersApi;
import fr.infotools.desktop.api.model.Contact;
import fr.infotools.desktop.api.model.ContactInput;
import fr.infotools.desktop.api.model.Customer;
import fr.infotools.desktop.ui.Context;
import fr.infotools.desktop.ui.ViewModel;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The contacts of the customer shown, and the form of one of them. */
public class ContactsViewModel extends ViewModel {

	private final ObjectProperty<Customer> customer = new SimpleObjectProperty<>(this, "customer");

	private final ObservableList<Contact> contacts = FXCollections.observableArrayList();

	private final ObjectProperty<Contact> editing = new SimpleObjectProperty<>(this, "editing");

	private final StringProperty firstName = new SimpleStringProperty(this, "firstName", "");

	private final StringProperty lastName = new SimpleStringProperty(this, "lastName", "");

	private final StringProperty jobTitle = new SimpleStringProperty(this, "jobTitle", "");

	private final StringProperty email = new SimpleStringProperty(this, "email", "");

	private final StringProperty phone = new SimpleStringProperty(this, "phone", "");

	public ContactsViewModel(Context context) {
		super(context);
	}

	private CustomersApi api() {
		return this.context.backend().customers();
	}

	public ObjectProperty<Customer> customerProperty() {
		return this.customer;
	}

	public ObservableList<Contact> contacts() {
		return this.contacts;
	}

	public ObjectProperty<Contact> editingProperty() {
		return this.editing;
	}

	public StringProperty firstNameProperty() {
		return this.firstName;
	}

	public StringProperty lastNameProperty() {
		return this.lastName;
	}

	public StringProperty jobTitleProperty() {
		return this.jobTitle;
	}

	public StringProperty emailProperty() {
		return this.email;
	}

	public StringProperty phoneProperty() {
		return this.phone;
	}

	/** Shows the contacts of a customer (none for a new one). */
	public void show(Customer owner) {
		Customer before = this.customer.get();
		this.customer.set(owner);
		if (owner == null) {
			this.contacts.clear();
			newContact();
			return;
		}
		if (before == null || !before.id().equals(owner.id())) {
			newContact();
		}
		call(() -> api().contacts(owner.id()), this.contacts::setAll);
	}

	public void edit(Contact contact) {
		if (contact == null) {
			return;
		}
		clearErrors();
		this.editing.set(contact);
		this.firstName.set(contact.firstName());
		this.lastName.set(contact.lastName());
		this.jobTitle.set(orEmpty(contact.jobTitle()));
		this.email.set(orEmpty(contact.email()));
		this.phone.set(orEmpty(contact.phone()));
	}

	public void newContact() {
		clearErrors();
		this.editing.set(null);
		this.firstName.set("");
		this.lastName.set("");
		this.jobTitle.set("");
		this.email.set("");
		this.phone.set("");
	}

	public void save() {
		clearErrors();
		Customer owner = this.customer.get();
		if (owner == null) {
			fail(i18n().get("contact.noCustomer"));
			return;
		}
		if (!required("firstName", this.firstName.get()) | !required("lastName", this.lastName.get())) {
			return;
		}
		Contact current = this.editing.get();
		ContactInput input = new ContactInput(this.firstName.get().strip(), this.lastName.get().strip(),
				CustomersViewModel.blank(this.jobTitle.get()), CustomersViewModel.blank(this.email.get()),
				CustomersViewModel.blank(this.phone.get()), (current != null) ? current.version() : null);
		call(() -> (current == null) ? api().addContact(owner.id(), input)
				: api().updateContact(owner.id(), current.id(), input), (saved) -> {
					inform(i18n().get("contact.saved", saved.fullName()));
					edit(saved);
					show(owner);
				});
	}

	public void delete() {
		Customer owner = this.customer.get();
		Contact current = this.editing.get();
		if (owner == null || current == null) {
			return;
		}
		call(() -> {
			api().deleteContact(owner.id(), current.id());
			return current;
		}, (deleted) -> {
			newContact();
			inform(i18n().get("contact.deleted", deleted.fullName()));
			show(owner);
		});
	}

	private static String orEmpty(String text) {
		return (text != null) ? text : "";
	}

}
