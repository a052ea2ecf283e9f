package fr.infotools.desktop.api;

/** Every part of the REST API, over one transport. */
public record Backend(ApiClient client, CustomersApi customers, AppointmentsApi appointments, RequestsApi requests,
		ProductsApi products, InvoicesApi invoices, StatisticsApi statistics, AuditApi audit, UsersApi users) {

	public static Backend over(ApiClient client) {
		return new Backend(client, new CustomersApi(client), new AppointmentsApi(client), new RequestsApi(client),
				new ProductsApi(client), new InvoicesApi(client), new StatisticsApi(client), new AuditApi(client),
				new UsersApi(client));
	}

}
