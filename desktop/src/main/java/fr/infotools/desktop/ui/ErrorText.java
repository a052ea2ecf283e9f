package fr.infotools.desktop.ui;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import fr.infotools.desktop.api.ApiException;
import fr.infotools.desktop.api.NetworkException;
import fr.infotools.desktop.api.SessionExpiredException;

/**
 * Says what went wrong in plain words, in the user's language: the server's own localized
 * detail when it gave one, or a sentence of the interface's bundle.
 */
public final class ErrorText {

	private final I18n i18n;

	public ErrorText(I18n i18n) {
		this.i18n = i18n;
	}

	public String describe(Throwable error) {
		if (error instanceof NetworkException network) {
			return this.i18n.get("error.network", network.server());
		}
		if (error instanceof SessionExpiredException) {
			return this.i18n.get("error.session");
		}
		if (error instanceof ApiException problem) {
			return describe(problem);
		}
		if (error instanceof IllegalArgumentException || error instanceof NumberFormatException) {
			return this.i18n.get("error.input", error.getMessage());
		}
		return this.i18n.get("error.unexpected", String.valueOf(error));
	}

	private String describe(ApiException problem) {
		if (problem.isValidation()) {
			String fields = problem.fieldErrors()
				.stream()
				.map((error) -> fieldLabel(error.field()) + " : " + error.message())
				.collect(Collectors.joining(" ; "));
			return fields.isEmpty() ? detailOr(problem, "error.validation") : this.i18n.get("error.fields", fields);
		}
		String code = "error.code." + problem.code();
		if (problem.code().equals("insufficient-stock")) {
			return this.i18n.get(code, shortages(problem));
		}
		if (problem.code().equals("stale-version") || problem.code().equals("version-required")) {
			return this.i18n.get("error.code.stale-version");
		}
		if (problem.detail() != null) {
			return problem.detail();
		}
		if (this.i18n.has(code)) {
			return this.i18n.get(code);
		}
		if (problem.status() == 404) {
			return this.i18n.get("error.notFound");
		}
		if (problem.status() >= 500) {
			return this.i18n.get("error.server", problem.status());
		}
		return (problem.title() != null) ? problem.title() : this.i18n.get("error.http", problem.status());
	}

	private String detailOr(ApiException problem, String key) {
		return (problem.detail() != null) ? problem.detail() : this.i18n.get(key);
	}

	/** The label of a field of a form as the server names it, or its name. */
	public String fieldLabel(String field) {
		String key = "field." + field;
		return this.i18n.has(key) ? this.i18n.get(key) : field;
	}

	private String shortages(ApiException problem) {
		Object value = problem.properties().get("shortages");
		if (!(value instanceof List<?> list)) {
			return "";
		}
		return list.stream()
			.filter(Map.class::isInstance)
			.map(Map.class::cast)
			.map((shortage) -> this.i18n.get("error.shortage", shortage.get("sku"), shortage.get("requested"),
					shortage.get("available")))
			.collect(Collectors.joining(", "));
	}

}
