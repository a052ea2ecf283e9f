package fr.infotools.mobile.api;

/**
 * The server refused a request and said why.
 */
public class ApiException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient Problem problem;

	public ApiException(Problem problem) {
		super(problem.code() + ": " + problem.message());
		this.problem = problem;
	}

	public Problem getProblem() {
		return this.problem;
	}

}
