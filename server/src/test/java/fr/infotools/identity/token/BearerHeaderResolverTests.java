package fr.infotools.identity.token;

import java.util.Random;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The bearer header is read as Spring Security's own resolver reads it: the same token,
 * or the same refusal.
 */
class BearerHeaderResolverTests {

	BearerHeaderResolver resolver = new BearerHeaderResolver();

	DefaultBearerTokenResolver standard = new DefaultBearerTokenResolver();

	@Test
	void aWellFormedHeaderGivesItsTokenWhateverTheCaseOfTheScheme() {
		assertThat(this.resolver.resolve(get("Bearer abc.DEF-1_~+/=="))).isEqualTo("abc.DEF-1_~+/==");
		assertThat(this.resolver.resolve(get("bEARER xyz"))).isEqualTo("xyz");
		assertThat(this.resolver.resolve(get(null))).isNull();
		assertThat(this.resolver.resolve(get("Basic dXNlcjpwYXNz"))).isNull();
	}

	@Test
	void malformedHeadersAndTokensGivenTwiceAreRefusedAsBefore() {
		assertThatThrownBy(() -> this.resolver.resolve(get("Bearer a b")))
			.isInstanceOf(OAuth2AuthenticationException.class)
			.hasMessageContaining("malformed");
		assertThatThrownBy(() -> this.resolver.resolve(get("Bearer =abc")))
			.isInstanceOf(OAuth2AuthenticationException.class);
		assertThatThrownBy(() -> this.resolver.resolve(get("Bearer ")))
			.isInstanceOf(OAuth2AuthenticationException.class);
	}

	@Test
	void aTokenAlsoGivenAsAParameterIsJudgedAsTheStandardResolverJudgesIt() {
		MockHttpServletRequest twice = get("Bearer abc");
		twice.addParameter("access_token", "abc");
		MockHttpServletRequest form = get("Bearer abc");
		form.setMethod("POST");
		form.setContentType(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
		form.addParameter("access_token", "abc");
		MockHttpServletRequest json = get("Bearer abc");
		json.setMethod("POST");
		json.setContentType(MediaType.APPLICATION_JSON_VALUE);
		json.addParameter("access_token", "abc");
		for (MockHttpServletRequest request : new MockHttpServletRequest[] { twice, form, json }) {
			assertThat(outcome(() -> this.resolver.resolve(request)))
				.isEqualTo(outcome(() -> this.standard.resolve(request)));
		}
	}

	@Test
	void randomHeadersAreReadExactlyAsTheStandardResolverReadsThem() {
		Random random = new Random(11);
		String[] starts = { "Bearer ", "bearer ", "BEARER ", "Bearer", "Bearer  ", "Bearerx ", "Basic ", "", "Beare " };
		String alphabet = "aZ09-._~+/= \t%é\"=";
		for (int i = 0; i < 50_000; i++) {
			StringBuilder header = new StringBuilder(starts[random.nextInt(starts.length)]);
			for (int n = random.nextInt(8); n > 0; n--) {
				header.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			MockHttpServletRequest request = get(header.toString());
			assertThat(outcome(() -> this.resolver.resolve(request))).as(header.toString())
				.isEqualTo(outcome(() -> this.standard.resolve(request)));
		}
	}

	private static String outcome(java.util.function.Supplier<String> resolve) {
		try {
			return "token:" + resolve.get();
		}
		catch (OAuth2AuthenticationException ex) {
			return "refused:" + ex.getMessage();
		}
	}

	private static MockHttpServletRequest get(String authorization) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/me");
		if (authorization != null) {
			request.addHeader(HttpHeaders.AUTHORIZATION, authorization);
		}
		return request;
	}

}
