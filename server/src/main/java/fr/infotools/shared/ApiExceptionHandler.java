package fr.infotools.shared;

import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place where failures become HTTP answers for the REST API: 422 with the invalid
 * fields, 400 for malformed requests, 404 for absent or not-yours, 409 for conflicts.
 * Never a stack trace.
 */
@RestControllerAdvice(basePackages = "fr.infotools")
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private final Problems problems;

	ApiExceptionHandler(Problems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return this.problems.of(HttpStatus.NOT_FOUND, "not-found", ex.getResource(), ex.getId());
	}

	@ExceptionHandler(BusinessRuleException.class)
	ResponseEntity<ProblemDetail> ruleBroken(BusinessRuleException ex) {
		ProblemDetail problem = this.problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "validation");
		String message = this.problems.message("rule." + ex.getCode(), ex.getArgs());
		problem.setDetail(message);
		problem.setProperty("rule", ex.getCode());
		problem.setProperty("errors",
				List.of(Map.of("field", (ex.getField() != null) ? ex.getField() : "", "message", message)));
		return ResponseEntity.unprocessableContent().body(problem);
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException ex) {
		ProblemDetail problem = this.problems.of(HttpStatus.CONFLICT, ex.getCode(), ex.getArgs());
		ex.getDetails().forEach(problem::setProperty);
		return problem;
	}

	@ExceptionHandler(RateLimitExceededException.class)
	ResponseEntity<ProblemDetail> tooManyRequests(RateLimitExceededException ex) {
		long seconds = ex.retryAfterSeconds();
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
			.body(this.problems.of(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", seconds));
	}

	@ExceptionHandler(Versions.VersionRequiredException.class)
	ResponseEntity<ProblemDetail> versionRequired() {
		return ResponseEntity.status(HttpStatus.PRECONDITION_REQUIRED)
			.body(this.problems.of(HttpStatus.PRECONDITION_REQUIRED, "version-required"));
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail staleVersion(OptimisticLockingFailureException ex) {
		return this.problems.of(HttpStatus.CONFLICT, "stale-version");
	}

	/**
	 * A delete or change that other records still depend on (foreign keys, unique
	 * values).
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail inUse(DataIntegrityViolationException ex) {
		return this.problems.of(HttpStatus.CONFLICT, "integrity");
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		ProblemDetail problem = this.problems.of(HttpStatus.BAD_REQUEST, "malformed-parameter", ex.getName());
		problem.setProperty("errors", List.of(Map.of("field", ex.getName(), "message",
				this.problems.message("problem.malformed-parameter.detail", ex.getName()))));
		return problem;
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = this.problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "validation");
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(ApiExceptionHandler::fieldError)
			.toList();
		problem.setProperty("errors", errors);
		return ResponseEntity.unprocessableContent().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = this.problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "validation");
		List<Map<String, String>> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap((result) -> result.getResolvableErrors()
				.stream()
				.map((error) -> Map.of("field", result.getMethodParameter().getParameterName(), "message",
						String.valueOf(error.getDefaultMessage()))))
			.toList();
		problem.setProperty("errors", errors);
		return ResponseEntity.unprocessableContent().body(problem);
	}

	/**
	 * Malformed JSON, a value of the wrong type, an unknown field: 400, naming the field
	 * when there is one.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = this.problems.of(HttpStatus.BAD_REQUEST, "malformed-request");
		String field = fieldOf(ex);
		if (field != null) {
			problem.setProperty("errors", List.of(Map.of("field", field, "message",
					this.problems.message("problem.malformed-parameter.detail", field))));
		}
		return ResponseEntity.badRequest().body(problem);
	}

	private static String fieldOf(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
				StringBuilder path = new StringBuilder();
				for (JacksonException.Reference reference : jackson.getPath()) {
					if (reference.getPropertyName() != null) {
						path.append((path.length() > 0) ? "." : "").append(reference.getPropertyName());
					}
					else if (reference.getIndex() >= 0) {
						path.append('[').append(reference.getIndex()).append(']');
					}
				}
				return (path.length() > 0) ? path.toString() : null;
			}
		}
		return null;
	}

	private static Map<String, String> fieldError(FieldError error) {
		return Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage()));
	}

}
