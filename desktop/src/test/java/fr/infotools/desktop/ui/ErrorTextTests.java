package fr.infotools.desktop.ui;

import java.net.ConnectException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fr.infotools.desktop.api.ApiException;
import fr.infotools.desktop.api.NetworkException;
import fr.infotools.desktop.api.SessionExpiredException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorTextTests {

	private final ErrorText errors = new ErrorText(new I18n(Locale.FRENCH));

	@Test
	void saysWhatWentWrongInPlainFrench() {
		assertThat(this.errors.describe(new NetworkException(URI.create("http://crm:8080"), new ConnectException())))
			.startsWith("Le serveur ne répond pas (http://crm:8080)");
		assertThat(this.errors.describe(new SessionExpiredException())).contains("session a expiré");
		assertThat(this.errors.describe(new ApiException(404, "not-found", "Introuvable", null, List.of(), Map.of())))
			.contains("n’existe plus");
		assertThat(this.errors.describe(new ApiException(409, "customer-has-history", "Conflit",
				"Ce client a des rendez-vous ou des factures.", List.of(), Map.of())))
			.isEqualTo("Ce client a des rendez-vous ou des factures.");
		assertThat(this.errors.describe(new ApiException(409, "stale-version", null, "…", List.of(), Map.of())))
			.contains("Recharger");
		assertThat(this.errors.describe(new ApiException(500, "server-error", null, null, List.of(), Map.of())))
			.contains("erreur (500)");
	}

	@Test
	void namesTheFieldsTheServerRefused() {
		ApiException problem = new ApiException(422, "validation", null, null,
				List.of(new ApiException.FieldError("companyName", "ne doit pas être vide"),
						new ApiException.FieldError("email", "adresse invalide")),
				Map.of());
		assertThat(this.errors.describe(problem)).isEqualTo(
				"Données refusées par le serveur — Raison sociale : ne doit pas être vide ; E-mail : adresse invalide");
	}

	@Test
	void listsTheShortagesOfAnIssue() {
		ApiException problem = new ApiException(409, "insufficient-stock", null, "Stock insuffisant", List.of(),
				Map.of("shortages", List.of(Map.of("sku", "SRV-BAIE-12U", "requested", 20, "available", 13))));
		assertThat(this.errors.describe(problem))
			.isEqualTo("Stock insuffisant, rien n’a été émis : SRV-BAIE-12U (demandé 20, disponible 13).");
	}

}
