package fr.infotools.desktop.customers;

import fr.infotools.desktop.api.model.Contact;
import fr.infotools.desktop.api.model.Customer;
import fr.infotools.desktop.api.model.CustomerType;
import fr.infotools.desktop.api.model.UserSummary;
import fr.infotools.desktop.shell.Screen;
import fr.infotools.desktop.ui.Context;
import fr.infotools.desktop.ui.FormGrid;
import fr.infotools.desktop.ui.I18n;
import fr.infotools.desktop.ui.Ui;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * Prospects / clients / contacts: the list on the left, the selected record on the right.
 */
public class CustomersView extends SplitPane implements Screen {

	private final CustomersViewModel model;

	private final I18n i18n;

	private boolean started;

	public CustomersView(Context context) {
		this.model = new CustomersViewModel(context);
		this.i18n = context.i18n();
		getItems().addAll(list(), new ScrollPane(form()));
		((ScrollPane) getItems().get(1)).setFitToWidth(true);
		setDividerPositions(0.55);
	}

	private Node list() {
		TextField search = new TextField();
		search.setId("customers-search");
		search.setPromptText(this.i18n.get("customers.search.prompt"));
		search.textProperty().bindBidirectional(this.model.searchProperty());
		PauseTransition typing = new PauseTransition(Duration.millis(350));
		typing.setOnFinished((event) -> this.model.search());
		search.textProperty().addListener((observable, before, now) -> typing.playFromStart());
		ComboBox<CustomerType> type = new ComboBox<>();
		type.setId("customers-type");
		type.getItems().setAll(null, CustomerType.PROSPECT, CustomerType.CUSTOMER);
		Ui.display(type, this.i18n::label, this.i18n.get("filter.allTypes"));
		type.valueProperty().bindBidirectional(this.model.typeFilterProperty());
		type.valueProperty().addListener((observable, before, now) -> this.model.search());
		ComboBox<UserSummary> owner = repBox("customers-owner", this.i18n.get("filter.allReps"));
		owner.valueProperty().bindBidirectional(this.model.ownerFilterProperty());
		owner.valueProperty().addListener((observable, before, now) -> this.model.search());

		TableView<Customer> table = Ui.table("customers-table");
		table.getColumns()
			.addAll(Ui.column(this.i18n.get("customer.companyName"), Customer::companyName, 220),
					Ui.column(this.i18n.get("customer.type"), (Customer customer) -> this.i18n.label(customer.type()),
							80),
					Ui.column(this.i18n.get("customer.city"), Customer::city, 120),
					Ui.column(this.i18n.get("customer.owner"), Customer::ownerName, 120));
		table.setItems(this.model.customers());
		table.setPlaceholder(new Label(this.i18n.get("customers.empty")));
		table.getSelectionModel()
			.selectedItemProperty()
			.addListener((observable, before, now) -> this.model.select(now));

		VBox box = new VBox(8, Ui.title(this.i18n.get("nav.customers")), Ui.bar(search, type, owner,
				Ui.button(this.i18n.get("action.refresh"), "customers-refresh", this.model::load), Ui.busy(this.model)),
				table,
				Ui.pager(this.model.paging(), this.i18n, "customers", this.model::previousPage, this.model::nextPage));
		box.setPadding(new Insets(12));
		return box;
	}

	private ComboBox<UserSummary> repBox(String id, String none) {
		ComboBox<UserSummary> box = new ComboBox<>();
		box.setId(id);
		Ui.display(box, UserSummary::displayName, none);
		this.model.reps().addListener((javafx.collections.ListChangeListener<UserSummary>) (change) -> {
			UserSummary chosen = box.getValue();
			box.getItems().setAll(this.model.reps());
			box.getItems().add(0, null);
			box.setValue(chosen);
		});
		return box;
	}

	private Node form() {
		FormGrid form = new FormGrid(this.model);
		ComboBox<CustomerType> type = new ComboBox<>();
		type.setId("customer-type");
		type.getItems().setAll(CustomerType.values());
		Ui.display(type, this.i18n::label, "");
		type.valueProperty().bindBidirectional(this.model.typeProperty());
		type.disableProperty().bind(this.model.creatingProperty().not());
		form.add("type", this.i18n.get("customer.type"), type);
		form.add("companyName", this.i18n.get("customer.companyName"),
				text("customer-companyName", this.model.companyNameProperty()));
		form.add("siren", this.i18n.get("customer.siren"), text("customer-siren", this.model.sirenProperty()));
		form.add("email", this.i18n.get("customer.email"), text("customer-email", this.model.emailProperty()));
		form.add("phone", this.i18n.get("customer.phone"), text("customer-phone", this.model.phoneProperty()));
		form.add("addressLine", this.i18n.get("customer.addressLine"),
				text("customer-addressLine", this.model.addressLineProperty()));
		form.add("postalCode", this.i18n.get("customer.postalCode"),
				text("customer-postalCode", this.model.postalCodeProperty()));
		form.add("city", this.i18n.get("customer.city"), text("customer-city", this.model.cityProperty()));
		form.add("country", this.i18n.get("customer.country"), text("customer-country", this.model.countryProperty()));
		TextArea notes = new TextArea();
		notes.setId("customer-notes");
		notes.setPrefRowCount(3);
		notes.setWrapText(true);
		notes.textProperty().bindBidirectional(this.model.notesProperty());
		form.add("notes", this.i18n.get("customer.notes"), notes);
		ComboBox<UserSummary> owner = repBox("customer-owner", "");
		owner.valueProperty().bindBidirectional(this.model.ownerProperty());
		owner.disableProperty().bind(this.model.creatingProperty().not());
		form.add("ownerId", this.i18n.get("customer.owner"), owner);

		Label heading = new Label();
		heading.getStyleClass().add("section-title");
		heading.textProperty()
			.bind(Bindings
				.createStringBinding(
						() -> (this.model.editingProperty().get() == null) ? this.i18n.get("customer.new")
								: this.model.editingProperty().get().companyName() + " — "
										+ this.i18n.label(this.model.editingProperty().get().type()) + ", "
										+ this.model.editingProperty().get().ownerName(),
						this.model.editingProperty()));

		Button save = Ui.button(this.i18n.get("action.save"), "customer-save", this.model::save);
		save.setDefaultButton(false);
		Button create = Ui.button(this.i18n.get("customer.new"), "customer-new", this.model::newCustomer);
		Button reload = Ui.button(this.i18n.get("action.reload"), "customer-reload", this.model::reload);
		Button delete = Ui.button(this.i18n.get("action.delete"), "customer-delete", () -> {
			if (Ui.confirm(getScene().getWindow(), this.i18n,
					this.i18n.get("customer.delete.confirm", this.model.editingProperty().get().companyName()))) {
				this.model.delete();
			}
		});
		Button convert = Ui.button(this.i18n.get("customer.convert"), "customer-convert", this.model::convert);
		for (Button button : new Button[] { reload, delete }) {
			button.disableProperty().bind(this.model.creatingProperty());
		}
		convert.disableProperty()
			.bind(Bindings.createBooleanBinding(
					() -> this.model.editingProperty().get() == null
							|| this.model.editingProperty().get().type() != CustomerType.PROSPECT,
					this.model.editingProperty()));

		ComboBox<UserSummary> reassignTo = repBox("customer-reassign-to", "");
		reassignTo.valueProperty().bindBidirectional(this.model.reassignToProperty());
		Button reassign = Ui.button(this.i18n.get("customer.reassign"), "customer-reassign", this.model::reassign);
		reassign.disableProperty().bind(this.model.creatingProperty().or(reassignTo.valueProperty().isNull()));
		reassignTo.disableProperty().bind(this.model.creatingProperty());

		VBox card = Ui.card(heading, form, Ui.bar(save, create, reload, delete, convert, Ui.busy(this.model)),
				Ui.messages(this.model),
				Ui.bar(new Label(this.i18n.get("customer.reassign.to")), reassignTo, reassign));
		VBox box = new VBox(12, card, contacts());
		box.setPadding(new Insets(12));
		return box;
	}

	private Node contacts() {
		ContactsViewModel contacts = this.model.contacts();
		TableView<Contact> table = Ui.table("contacts-table");
		table.getColumns()
			.addAll(Ui.column(this.i18n.get("contact.name"), Contact::fullName, 160),
					Ui.column(this.i18n.get("contact.jobTitle"), Contact::jobTitle, 140),
					Ui.column(this.i18n.get("contact.email"), Contact::email, 180),
					Ui.column(this.i18n.get("contact.phone"), Contact::phone, 110));
		table.setItems(contacts.contacts());
		table.setPrefHeight(140);
		table.setPlaceholder(new Label(this.i18n.get("contacts.empty")));
		table.getSelectionModel().selectedItemProperty().addListener((observable, before, now) -> contacts.edit(now));
		FormGrid form = new FormGrid(contacts);
		form.add("firstName", this.i18n.get("contact.firstName"),
				text("contact-firstName", contacts.firstNameProperty()));
		form.add("lastName", this.i18n.get("contact.lastName"), text("contact-lastName", contacts.lastNameProperty()));
		form.add("jobTitle", this.i18n.get("contact.jobTitle"), text("contact-jobTitle", contacts.jobTitleProperty()));
		form.add("email", this.i18n.get("contact.email"), text("contact-email", contacts.emailProperty()));
		form.add("phone", this.i18n.get("contact.phone"), text("contact-phone", contacts.phoneProperty()));
		Button save = Ui.button(this.i18n.get("contact.save"), "contact-save", contacts::save);
		Button create = Ui.button(this.i18n.get("contact.new"), "contact-new", () -> {
			table.getSelectionModel().clearSelection();
			contacts.newContact();
		});
		Button delete = Ui.button(this.i18n.get("action.delete"), "contact-delete", () -> {
			if (Ui.confirm(getScene().getWindow(), this.i18n,
					this.i18n.get("contact.delete.confirm", contacts.editingProperty().get().fullName()))) {
				contacts.delete();
			}
		});
		delete.disableProperty().bind(contacts.editingProperty().isNull());
		VBox card = Ui.card(Ui.section(this.i18n.get("contacts.title")), table, form,
				Ui.bar(save, create, delete, Ui.busy(contacts)), Ui.messages(contacts));
		card.disableProperty().bind(contacts.customerProperty().isNull());
		return card;
	}

	private static TextField text(String id, javafx.beans.property.StringProperty property) {
		TextField field = new TextField();
		field.setId(id);
		field.textProperty().bindBidirectional(property);
		return field;
	}

	public CustomersViewModel model() {
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
			this.model.newCustomer();
		}
		this.model.load();
	}

}
