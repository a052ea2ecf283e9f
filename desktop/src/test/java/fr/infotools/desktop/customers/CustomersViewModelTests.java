package fr.infotools.desktop.customers;

import java.util.List;

import fr.infotools.desktop.Fixtures;
import fr.infotools.desktop.api.Backend;
import fr.infotools.desktop.api.model.Customer;
import fr.infotools.desktop.api.model.CustomerInput;
import fr.infotools.desktop.api.model.CustomerType;
import fr.infotools.desktop.api.model.Page;
import fr.infotools.desktop.api.model.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class CustomersViewModelTests {

	private final Backend backend = Fixtures.mockedBackend();

	private final CustomersViewModel model = new CustomersViewModel(Fixtures.context(this.backend));

	@BeforeEach
	void reps() {
		when(this.backend.users().list(Role.SALES))
			.thenReturn(List.of(Fixtures.rep(2, "Jean Dupont"), Fixtures.rep(3, "Sophie Leroy")));
		when(this.backend.customers().list(any(), any(), any(), anyInt(), anyInt()))
			.thenReturn(Page.of(List.of(Fixtures.customer(1, "Atelier Martinet", 2, 4))));
		this.model.loadReps();
	}

	@Test
	void filtersByRepTypeAndNameAndPages() {
		this.model.searchProperty().set("Ate");
		this.model.typeFilterProperty().set(CustomerType.PROSPECT);
		this.model.ownerFilterProperty().set(this.model.reps().get(1));
		this.model.search();
		verify(this.backend.customers()).list("Ate", CustomerType.PROSPECT, 3L, 0, CustomersViewModel.PAGE_SIZE);
		assertThat(this.model.customers()).hasSize(1);
		assertThat(this.model.paging().totalItemsProperty().get()).isEqualTo(1);
	}

	@Test
	void createsAProspectForTheChosenRep() {
		when(this.backend.customers().create(any())).thenReturn(Fixtures.customer(9, "Boulangerie", 3, 0));
		this.model.newCustomer();
		this.model.companyNameProperty().set(" Boulangerie ");
		this.model.emailProperty().set("  ");
		this.model.ownerProperty().set(this.model.reps().get(1));

		this.model.save();

		ArgumentCaptor<CustomerInput> input = ArgumentCaptor.forClass(CustomerInput.class);
		verify(this.backend.customers()).create(input.capture());
		assertThat(input.getValue().ownerId()).isEqualTo(3L);
		assertThat(input.getValue().type()).isEqualTo(CustomerType.PROSPECT);
		assertThat(input.getValue().email()).isNull();
		assertThat(input.getValue().version()).isNull();
		assertThat(this.model.editingProperty().get().id()).isEqualTo(9L);
		assertThat(this.model.infoProperty().get()).contains("Boulangerie");
	}

	@Test
	void aNewProspectNeedsANameAndARep() {
		this.model.newCustomer();
		this.model.save();
		assertThat(this.model.fieldErrors()).containsKeys("companyName", "ownerId");
		verify(this.backend.customers(), never()).create(any());
	}

	@Test
	void updatesWithTheVersionReadAndKeepsWhatWasTypedWhenTheServerRefuses() {
		Customer atelier = Fixtures.customer(1, "Atelier Martinet", 2, 4);
		this.model.select(atelier);
		this.model.emailProperty().set("pas-une-adresse");
		when(this.backend.customers().update(eq(1L), any()))
			.thenThrow(Fixtures.validation("email", "doit être une adresse électronique"));

		this.model.save();

		ArgumentCaptor<CustomerInput> input = ArgumentCaptor.forClass(CustomerInput.class);
		verify(this.backend.customers()).update(eq(1L), input.capture());
		assertThat(input.getValue().version()).isEqualTo(4L);
		assertThat(input.getValue().type()).as("the type changes by conversion only").isNull();
		assertThat(this.model.fieldErrors()).containsEntry("email", "doit être une adresse électronique");
		assertThat(this.model.emailProperty().get()).isEqualTo("pas-une-adresse");
		assertThat(this.model.errorProperty().get()).contains("E-mail");
	}

	@Test
	void aConcurrentChangeIsExplainedAndTheFormKept() {
		this.model.select(Fixtures.customer(1, "Atelier Martinet", 2, 4));
		this.model.cityProperty().set("Lille");
		when(this.backend.customers().update(eq(1L), any()))
			.thenThrow(Fixtures.problem(409, "stale-version", "Modifié entre-temps"));

		this.model.save();

		assertThat(this.model.errorProperty().get()).contains("Recharger");
		assertThat(this.model.cityProperty().get()).isEqualTo("Lille");
	}

	@Test
	void reassignsAndConverts() {
		this.model.select(Fixtures.customer(1, "Atelier Martinet", 2, 4));
		when(this.backend.customers().reassign(1L, 3L)).thenReturn(Fixtures.customer(1, "Atelier Martinet", 3, 5));
		this.model.reassignToProperty().set(this.model.reps().get(1));
		this.model.reassign();
		verify(this.backend.customers()).reassign(1L, 3L);
		assertThat(this.model.editingProperty().get().version()).isEqualTo(5L);

		Customer converted = new Customer(1L, CustomerType.CUSTOMER, "Atelier Martinet", null, null, null, null, null,
				null, "FR", null, 3L, "Sophie Leroy", Fixtures.NOW, null, null, 6L);
		when(this.backend.customers().convert(1L)).thenReturn(converted);
		this.model.convert();
		assertThat(this.model.typeProperty().get()).isEqualTo(CustomerType.CUSTOMER);
	}

	@Test
	void aCustomerWithHistoryCannotBeDeletedAndSaysWhy() {
		this.model.select(Fixtures.customer(1, "Atelier Martinet", 2, 4));
		org.mockito.Mockito
			.doThrow(Fixtures.problem(409, "customer-has-history",
					"Ce client a des rendez-vous ou des factures : il ne peut pas être supprimé."))
			.when(this.backend.customers())
			.delete(1L);
		this.model.delete();
		assertThat(this.model.errorProperty().get()).contains("ne peut pas être supprimé");
		assertThat(this.model.editingProperty().get()).isNotNull();
	}

	@Test
	void contactsOfTheSelectedCustomer() {
		when(this.backend.customers().contacts(1L)).thenReturn(List.of());
		this.model.select(Fixtures.customer(1, "Atelier Martinet", 2, 4));
		ContactsViewModel contacts = this.model.contacts();
		contacts.firstNameProperty().set("Camille");
		contacts.save();
		assertThat(contacts.fieldErrors()).containsOnlyKeys("lastName");
		contacts.lastNameProperty().set("Boyer");
		when(this.backend.customers().addContact(eq(1L), any()))
			.thenReturn(new fr.infotools.desktop.api.model.Contact(5L, 1L, "Camille", "Boyer", null, null, null, 0L));
		contacts.save();
		verify(this.backend.customers()).addContact(eq(1L), any());
		assertThat(contacts.editingProperty().get().id()).isEqualTo(5L);
		verify(this.backend.customers(), never()).updateContact(anyLong(), anyLong(), isNull());
	}

}
