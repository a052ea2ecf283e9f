package fr.infotools.perf.baseline;

/**
 * An answer other than 200, with a short body shaped like the server's problem details
 * (type, title, status, code).
 */
final class Problem extends RuntimeException {

	private final int status;

	private final String code;

	private Problem(int status, String code, String title) {
		super(title, null, false, false);
		this.status = status;
		this.code = code;
	}

	static Problem unauthenticated() {
		return new Problem(401, "unauthenticated", "Unauthorized");
	}

	static Problem notFound() {
		return new Problem(404, "not-found", "Not Found");
	}

	/** A parameter that is not a number: the server's 400 {@code malformed-parameter}. */
	static Problem malformed(String parameter) {
		return new Problem(400, "malformed-parameter", "Malformed parameter " + parameter);
	}

	/** A number out of its range: the server's 422 {@code validation}. */
	static Problem invalid(String parameter) {
		return new Problem(422, "validation", "Invalid parameter " + parameter);
	}

	static Problem methodNotAllowed() {
		return new Problem(405, "method-not-allowed", "Method Not Allowed");
	}

	static Problem internal() {
		return new Problem(500, "internal", "Internal Server Error");
	}

	int status() {
		return this.status;
	}

	String json() {
		return new Json().open('{')
			.field("type", "urn:infotools:problem:" + this.code)
			.field("title", getMessage())
			.field("status", this.status)
			.field("code", this.code)
			.close('}')
			.toString();
	}

}
