package fr.infotools.desktop.login;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import fr.infotools.desktop.Fixtures;
import fr.infotools.desktop.api.ApiClient;
import fr.infotools.desktop.api.ApiException;
import fr.infotools.desktop.api.model.Role;
import fr.infotools.desktop.api.model.Tokens;
import fr.infotools.desktop.ui.Settings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class LoginViewModelTests {

	private final ApiClient client = mock(ApiClient.class);

	private final Settings settings = Settings.inMemory("http://localhost:8080");

	private final LoginViewModel model = new LoginViewModel(Fixtures.context(Fixtures.mockedBackend()), this.client,
			this.settings);

	private final List<Tokens.TokenUser> loggedIn = new ArrayList<>();

	private static Tokens tokens(Role role) {
		return new Tokens("Bearer", "a", 900, "r", 1000, new Tokens.TokenUser(1L, "x", "X", role));
	}

	@Test
	void aManagerGetsInAndTheServerAndAccountAreRemembered() {
		when(this.client.login("mmartin", "pw")).thenReturn(tokens(Role.MANAGER));
		this.model.serverProperty().set("crm.infotools.local:8080");
		this.model.usernameProperty().set(" mmartin ");
		this.model.passwordProperty().set("pw");

		this.model.login(this.loggedIn::add);

		assertThat(this.loggedIn).hasSize(1);
		verify(this.client).setServer(URI.create("https://crm.infotools.local:8080"));
		assertThat(this.settings.serverAddress()).isEqualTo("crm.infotools.local:8080");
		assertThat(this.settings.username()).isEqualTo("mmartin");
		assertThat(this.model.passwordProperty().get()).isEmpty();
	}

	@Test
	void aSalesRepIsToldTheApplicationIsForManagersAndLoggedOut() {
		when(this.client.login("jdupont", "pw")).thenReturn(tokens(Role.SALES));
		this.model.usernameProperty().set("jdupont");
		this.model.passwordProperty().set("pw");

		this.model.login(this.loggedIn::add);

		assertThat(this.loggedIn).isEmpty();
		assertThat(this.model.errorProperty().get()).contains("réservée aux responsables");
		verify(this.client).logout();
	}

	@Test
	void anAccountInNoCrmGroupGetsTheServersExplanation() {
		when(this.client.login("pdurand", "pw")).thenThrow(new ApiException(403, "no-crm-access", "Pas d’accès",
				"Votre compte de l'annuaire n'appartient à aucun groupe du CRM.", List.of(), java.util.Map.of()));
		this.model.usernameProperty().set("pdurand");
		this.model.passwordProperty().set("pw");

		this.model.login(this.loggedIn::add);

		assertThat(this.model.errorProperty().get()).contains("aucun groupe du CRM");
	}

	@Test
	void missingFieldsAndABadAddressAreMarkedWithoutCallingTheServer() {
		this.model.serverProperty().set("");
		this.model.usernameProperty().set("");
		this.model.login(this.loggedIn::add);
		assertThat(this.model.fieldErrors()).containsKeys("server", "username", "password");

		this.model.serverProperty().set("ftp://nope");
		this.model.usernameProperty().set("mmartin");
		this.model.passwordProperty().set("pw");
		this.model.login(this.loggedIn::add);
		assertThat(this.model.fieldErrors()).containsOnlyKeys("server");

		this.model.serverProperty().set("http://crm.infotools.fr");
		this.model.login(this.loggedIn::add);
		assertThat(this.model.fieldErrors().get("server")).contains("non chiffrée");
		assertThat(this.model.passwordProperty().get()).isEqualTo("pw");
		verify(this.client, never()).login(any(), any());
	}

}
