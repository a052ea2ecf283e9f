package fr.infotools.extranet.web;

import java.util.Map;

import fr.infotools.identity.AccessPolicy;
import fr.infotools.shared.BusinessRuleException;
import fr.infotools.shared.ConflictException;
import fr.infotools.shared.NotFoundException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How the extranet turns failures into pages: which status, and which message the page
 * adds; never a stack trace, never JSON.
 */
class ExtranetAdviceTests {

	private final ExtranetAdvice advice = new ExtranetAdvice(new AccessPolicy());

	private final MockHttpServletResponse response = new MockHttpServletResponse();

	private final ExtendedModelMap model = new ExtendedModelMap();

	@Test
	void aRecordThatIsNotTheUsersIsNotFound() {
		assertThat(this.advice.notFound(new NotFoundException("customer", 3), this.response, this.model))
			.isEqualTo("app/error");
		assertThat(this.response.getStatus()).isEqualTo(404);
		assertThat(this.model).containsEntry("status", 404).containsEntry("me", null);
	}

	@Test
	void aValueOfTheWrongTypeOutsideThePathIsABadRequest() {
		this.advice.typeMismatch(new TypeMismatchException("x", Long.class), this.response, this.model);
		assertThat(this.response.getStatus()).isEqualTo(400);
		this.advice.badRequest(new MissingServletRequestParameterException("client", "long"), this.response,
				this.model);
		assertThat(this.response.getStatus()).isEqualTo(400);
	}

	@Test
	void brokenRulesAndConflictsSayWhy() {
		this.advice.ruleBroken(new BusinessRuleException("paging.page", "page"), this.response, this.model);
		assertThat(this.response.getStatus()).isEqualTo(400);
		assertThat(((ErrorPage.Message) this.model.get("message")).key()).isEqualTo("rule.paging.page");

		this.advice.conflict(new ConflictException("customer-has-history", Map.of("customerId", 1)), this.response,
				this.model);
		assertThat(this.response.getStatus()).isEqualTo(409);
		assertThat(((ErrorPage.Message) this.model.get("message")).key())
			.isEqualTo("problem.customer-has-history.detail");

		this.advice.stale(new OptimisticLockingFailureException("stale"), this.response, this.model);
		assertThat(this.response.getStatus()).isEqualTo(409);
		assertThat(((ErrorPage.Message) this.model.get("message")).key()).isEqualTo("problem.stale-version.detail");
	}

	@Test
	void refusalsAreLeftToSpringSecurity() {
		AccessDeniedException denied = new AccessDeniedException("no");
		assertThatThrownBy(() -> this.advice.denied(denied)).isSameAs(denied);
	}

	@Test
	void anythingElseIsAFailurePageOrTheStatusItCarries() {
		this.advice.failure(new IllegalStateException("boom"), this.response, this.model);
		assertThat(this.response.getStatus()).isEqualTo(500);
		assertThat(this.model).containsEntry("status", 500);
		this.advice.failure(new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE), this.response, this.model);
		assertThat(this.response.getStatus()).isEqualTo(413);
		assertThat(this.model).containsEntry("status", 400);
		this.advice.failure(new ResponseStatusException(HttpStatus.METHOD_NOT_ALLOWED), this.response, this.model);
		assertThat(this.model).containsEntry("status", 405);
	}

	@Test
	void theErrorPageExplainsAFewStatusesAndTheRestAsFailures() {
		assertThat(ErrorPage.known(HttpStatus.NOT_FOUND)).isEqualTo(404);
		assertThat(ErrorPage.known(HttpStatus.CONFLICT)).isEqualTo(409);
		assertThat(ErrorPage.known(HttpStatus.UNSUPPORTED_MEDIA_TYPE)).isEqualTo(400);
		assertThat(ErrorPage.known(HttpStatus.SERVICE_UNAVAILABLE)).isEqualTo(500);
	}

	@Test
	void onlyTheExtranetsAddressesGetItsErrorPageTheOthersKeepTheirs() {
		ModelAndView site = new ModelAndView("error/404");
		ExtranetErrorViews views = new ExtranetErrorViews(new AccessPolicy(), (request, status, model) -> site);
		MockHttpServletRequest request = new MockHttpServletRequest();
		ModelAndView page = views.resolveErrorView(request, HttpStatus.NOT_FOUND, Map.of("path", "/app/nope"));
		assertThat(page.getViewName()).isEqualTo("app/error");
		assertThat(page.getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(page.getModel()).containsEntry("status", 404).doesNotContainKey("me");
		assertThat(views.resolveErrorView(request, HttpStatus.NOT_FOUND, Map.of("path", "/app"))).isNotNull();
		assertThat(views.resolveErrorView(request, HttpStatus.NOT_FOUND, Map.of("path", "/application")))
			.isSameAs(site);
		assertThat(views.resolveErrorView(request, HttpStatus.NOT_FOUND, Map.of("path", "/produits"))).isSameAs(site);
		assertThat(views.resolveErrorView(request, HttpStatus.NOT_FOUND, Map.of())).isSameAs(site);
	}

	@Test
	void theMapLinkSearchesTheAddressOnOpenStreetMap() {
		assertThat(HomePage.mapLink("12 rue de la République, 69002 Lyon")).isEqualTo(
				"https://www.openstreetmap.org/search?query=12%20rue%20de%20la%20R%C3%A9publique,%2069002%20Lyon");
	}

}
