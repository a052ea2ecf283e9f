package fr.infotools.security;

import java.util.Map;
import java.util.TreeMap;

/**
 * The access rule of every route: the specification the access matrix checks the
 * application against. A route missing here fails the matrix, so that nobody adds an
 * endpoint without deciding who may call it.
 */
final class AccessRules {

	static final Map<Route, Access> RULES = new TreeMap<>();

	static {
		// public website, login page, API login
		publicRoute("GET", "/", "/produits", "/produits/{id:[0-9]{1,18}}", "/rendez-vous", "/mentions-legales",
				"/sitemap.xml", "/robots.txt", "/login");
		publicRoute("POST", "/api/v1/auth/token", "/api/v1/auth/refresh", "/api/v1/public/appointment-requests");
		publicRoute("GET", "/api/v1/public/products", "/api/v1/public/products/{id}",
				"/api/v1/appointments/calendar.ics");

		// the caller's own things and shared reference data
		rule(Access.USER, "POST", "/api/v1/auth/logout", "/api/v1/me/calendar-token", "/api/v1/customers",
				"/api/v1/appointments", "/api/v1/invoices");
		rule(Access.USER, "GET", "/api/v1/me", "/api/v1/customers", "/api/v1/appointments",
				"/api/v1/appointments/upcoming", "/api/v1/invoices", "/api/v1/products", "/api/v1/products/{id}",
				"/api/v1/products/{id}/stock-movements");
		rule(Access.USER, "PUT", "/api/v1/me/preferences");

		// a sales rep's records
		rule(Access.OWNED, "GET", "/api/v1/customers/{id}", "/api/v1/customers/{id}/contacts",
				"/api/v1/customers/{id}/contacts/{contactId}", "/api/v1/customers/{id}/purchases",
				"/api/v1/appointments/{id}", "/api/v1/invoices/{id}", "/api/v1/invoices/{id}/payments",
				"/api/v1/invoices/{id}/pdf");
		rule(Access.OWNED, "PUT", "/api/v1/customers/{id}", "/api/v1/customers/{id}/contacts/{contactId}",
				"/api/v1/appointments/{id}", "/api/v1/invoices/{id}", "/api/v1/invoices/{id}/lines/{lineNo}");
		rule(Access.OWNED, "DELETE", "/api/v1/customers/{id}", "/api/v1/customers/{id}/contacts/{contactId}",
				"/api/v1/appointments/{id}", "/api/v1/invoices/{id}", "/api/v1/invoices/{id}/lines/{lineNo}");
		rule(Access.OWNED, "POST", "/api/v1/customers/{id}/contacts", "/api/v1/customers/{id}/convert",
				"/api/v1/invoices/{id}/lines", "/api/v1/invoices/{id}/issue", "/api/v1/invoices/{id}/payments",
				"/api/v1/invoices/{id}/credit-note");
		rule(Access.OWNED_BY_MANAGERS, "POST", "/api/v1/customers/{id}/reassign");

		// managers only
		rule(Access.MANAGER, "GET", "/api/v1/audit", "/api/v1/audit/verify",
				"/api/v1/audit/analyses/appointments-changed-often", "/api/v1/audit/analyses/deletions-per-user",
				"/api/v1/users", "/api/v1/users/{id}", "/api/v1/appointment-requests",
				"/api/v1/appointment-requests/{id}", "/api/v1/appointment-requests/free-slots",
				"/api/v1/stats/dashboard", "/api/v1/stock/alerts");
		rule(Access.MANAGER, "POST", "/api/v1/appointment-requests/{id}/assign",
				"/api/v1/appointment-requests/{id}/reject", "/api/v1/products",
				"/api/v1/products/{id}/stock-movements");
		rule(Access.MANAGER, "GET", "/api/v1/mail/messages", "/api/v1/mail/messages/{id}", "/api/v1/stats/report.pdf");
		rule(Access.MANAGER, "POST", "/api/v1/mail/messages/{id}/retry", "/api/v1/stats/report/send");
		rule(Access.MANAGER, "PUT", "/api/v1/products/{id}");
		rule(Access.MANAGER, "DELETE", "/api/v1/products/{id}", "/api/v1/appointment-requests/{id}");

		// the sales reps' extranet: pages with a session, forms with a CSRF token
		rule(Access.REFUSAL_PAGE, "GET", "/app/acces-refuse");
		rule(Access.REP_PAGE, "GET", "/app", "/app/clients", "/app/clients/nouveau", "/app/produits", "/app/profil",
				"/app/rendez-vous", "/app/rendez-vous/contacts", "/app/rendez-vous/nouveau",
				"/app/rendez-vous/semaine");
		rule(Access.REP_PAGE, "POST", "/app/clients/nouveau", "/app/profil/calendrier", "/app/profil/langue",
				"/app/profil/rappel", "/app/rendez-vous/nouveau");
		rule(Access.REP_OWNED_PAGE, "GET", "/app/clients/{id}", "/app/clients/{id}/achats",
				"/app/clients/{id}/contacts/nouveau", "/app/clients/{id}/contacts/{contactId}/modifier",
				"/app/clients/{id}/contacts/{contactId}/supprimer", "/app/clients/{id}/modifier",
				"/app/clients/{id}/supprimer", "/app/factures/{id}/pdf", "/app/rendez-vous/{id}",
				"/app/rendez-vous/{id}/modifier", "/app/rendez-vous/{id}/supprimer");
		rule(Access.REP_OWNED_PAGE, "POST", "/app/clients/{id}/contacts/nouveau",
				"/app/clients/{id}/contacts/{contactId}/modifier", "/app/clients/{id}/contacts/{contactId}/supprimer",
				"/app/clients/{id}/convertir", "/app/clients/{id}/modifier", "/app/clients/{id}/supprimer",
				"/app/rendez-vous/{id}/modifier", "/app/rendez-vous/{id}/supprimer");
	}

	private AccessRules() {
	}

	private static void publicRoute(String method, String... patterns) {
		rule(Access.PUBLIC, method, patterns);
	}

	private static void rule(Access access, String method, String... patterns) {
		for (String pattern : patterns) {
			if (RULES.put(new Route(method, pattern), access) != null) {
				throw new IllegalStateException("Two rules for " + method + " " + pattern);
			}
		}
	}

}
