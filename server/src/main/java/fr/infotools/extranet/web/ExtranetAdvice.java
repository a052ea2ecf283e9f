package fr.infotools.extranet.web;

import java.util.Optional;

import fr.infotools.identity.AccessPolicy;
import fr.infotools.identity.CurrentUser;
import fr.infotools.shared.BusinessRuleException;
import fr.infotools.shared.ConflictException;
import fr.infotools.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * What every extranet page shares, whichever module serves it: the logged-in user for the
 * layout, and failures shown as pages in the user's language (never JSON, never a stack
 * trace). A record that does not exist or belongs to another rep answers the same 404
 * page.
 */
@ControllerAdvice(basePackages = { "fr.infotools.extranet", "fr.infotools.appointment.web", "fr.infotools.customer.web",
		"fr.infotools.catalog.web", "fr.infotools.invoicing.web" })
@Order(Ordered.HIGHEST_PRECEDENCE)
class ExtranetAdvice {

	private static final Logger log = LoggerFactory.getLogger(ExtranetAdvice.class);

	private final AccessPolicy access;

	ExtranetAdvice(AccessPolicy access) {
		this.access = access;
	}

	/** The logged-in user, whom the layout greets. */
	@ModelAttribute("me")
	CurrentUser me() {
		return this.access.currentCrmUser().orElse(null);
	}

	/**
	 * An exception handler's model starts empty: the layout still greets the user.
	 */
	private Model withMe(Model model) {
		return model.addAttribute("me", me());
	}

	@ExceptionHandler(NotFoundException.class)
	String notFound(NotFoundException ex, HttpServletResponse response, Model model) {
		return ErrorPage.show(response, withMe(model), HttpStatus.NOT_FOUND, null);
	}

	/**
	 * A value of the wrong type: in the path it names nothing (404); elsewhere the
	 * request is malformed (400).
	 */
	@ExceptionHandler(TypeMismatchException.class)
	String typeMismatch(TypeMismatchException ex, HttpServletResponse response, Model model) {
		boolean inPath = ex instanceof MethodArgumentTypeMismatchException mismatch
				&& mismatch.getParameter().hasParameterAnnotation(PathVariable.class);
		return ErrorPage.show(response, withMe(model), inPath ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST, null);
	}

	@ExceptionHandler(ServletRequestBindingException.class)
	String badRequest(ServletRequestBindingException ex, HttpServletResponse response, Model model) {
		return ErrorPage.show(response, withMe(model), HttpStatus.BAD_REQUEST, null);
	}

	@ExceptionHandler(BusinessRuleException.class)
	String ruleBroken(BusinessRuleException ex, HttpServletResponse response, Model model) {
		return ErrorPage.show(response, withMe(model), HttpStatus.BAD_REQUEST,
				new ErrorPage.Message("rule." + ex.getCode(), ex.getArgs()));
	}

	@ExceptionHandler(ConflictException.class)
	String conflict(ConflictException ex, HttpServletResponse response, Model model) {
		return ErrorPage.show(response, withMe(model), HttpStatus.CONFLICT,
				new ErrorPage.Message("problem." + ex.getCode() + ".detail", ex.getArgs()));
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	String stale(OptimisticLockingFailureException ex, HttpServletResponse response, Model model) {
		return ErrorPage.show(response, withMe(model), HttpStatus.CONFLICT,
				new ErrorPage.Message("problem.stale-version.detail", new Object[0]));
	}

	/** Left to Spring Security, which shows the refusal page. */
	@ExceptionHandler(AccessDeniedException.class)
	void denied(AccessDeniedException ex) {
		throw ex;
	}

	@ExceptionHandler(Exception.class)
	String failure(Exception ex, HttpServletResponse response, Model model) {
		if (ex instanceof ErrorResponse error) {
			HttpStatus status = Optional.ofNullable(HttpStatus.resolve(error.getStatusCode().value()))
				.orElse(HttpStatus.BAD_REQUEST);
			return ErrorPage.show(response, withMe(model), status, null);
		}
		log.error("Extranet page failed", ex);
		return ErrorPage.show(response, withMe(model), HttpStatus.INTERNAL_SERVER_ERROR, null);
	}

}
