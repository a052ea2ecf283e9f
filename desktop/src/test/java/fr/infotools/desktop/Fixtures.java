package fr.infotools.desktop;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fr.infotools.desktop.api.ApiClient;
import fr.infotools.desktop.api.ApiException;
import fr.infotools.desktop.api.AppointmentsApi;
import fr.infotools.desktop.api.AuditApi;
import fr.infotools.desktop.api.Backend;
import fr.infotools.desktop.api.CustomersApi;
import fr.infotools.desktop.api.InvoicesApi;
import fr.infotools.desktop.api.ProductsApi;
import fr.infotools.desktop.api.RequestsApi;
import fr.infotools.desktop.api.StatisticsApi;
import fr.infotools.desktop.api.UsersApi;
import fr.infotools.desktop.api.model.Availability;
import fr.infotools.desktop.api.model.Category;
import fr.infotools.desktop.api.model.Customer;
import fr.infotools.desktop.api.model.CustomerType;
import fr.infotools.desktop.api.model.Product;
import fr.infotools.desktop.api.model.Role;
import fr.infotools.desktop.api.model.UserSummary;
import fr.infotools.desktop.ui.Context;
import fr.infotools.desktop.ui.I18n;
import fr.infotools.desktop.ui.TaskRunner;

import static org.mockito.Mockito.mock;

/**
 * What the view-model tests share: mocked API, a runner that runs at once, a fixed clock.
 */
public final class Fixtures {

	/** Monday 30 November 2026, 10:00 in Paris. */
	public static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");

	private Fixtures() {
	}

	public static Backend mockedBackend() {
		return new Backend(mock(ApiClient.class), mock(CustomersApi.class), mock(AppointmentsApi.class),
				mock(RequestsApi.class), mock(ProductsApi.class), mock(InvoicesApi.class), mock(StatisticsApi.class),
				mock(AuditApi.class), mock(UsersApi.class));
	}

	public static Context context(Backend backend) {
		return Context.of(backend, TaskRunner.direct(), new I18n(Locale.FRENCH), Clock.fixed(NOW, ZoneOffset.UTC));
	}

	public static UserSummary rep(long id, String name) {
		return new UserSummary(id, name.toLowerCase(Locale.ROOT).replace(' ', '.'), name, null, Role.SALES, true, null);
	}

	public static Customer customer(long id, String name, long ownerId, long version) {
		return new Customer(id, CustomerType.PROSPECT, name, null, null, null, null, null, "Lyon", "FR", null, ownerId,
				"Jean Dupont", null, NOW, NOW, version);
	}

	public static Product product(long id, String sku, String price, String cost, String vat, Integer stock) {
		return new Product(id, sku, sku + " product", null, Category.SERVER, new BigDecimal(price), new BigDecimal(vat),
				null, new BigDecimal(cost), null, null, false, true, stock != null, 2, stock,
				(stock != null) ? Availability.IN_STOCK : Availability.NOT_STOCKED, NOW, NOW, 0L);
	}

	public static ApiException validation(String field, String message) {
		return new ApiException(422, "validation", "Données invalides", "Certains champs sont invalides : voir errors.",
				List.of(new ApiException.FieldError(field, message)), Map.of());
	}

	public static ApiException problem(int status, String code, String detail) {
		return new ApiException(status, code, null, detail, List.of(), Map.of());
	}

}
