package fr.infotools.extranet;

import fr.infotools.identity.CrmAuthentication;
import fr.infotools.testsupport.Actors;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * Extranet pages called in-process through the whole web stack (security filters
 * included) of the shared test server, as a logged-in user: fast checks of every branch
 * the browser tests do not click.
 */
public final class ExtranetMvc {

	private ExtranetMvc() {
	}

	public static MockMvc of(WebApplicationContext context) {
		return MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
	}

	/** Logged in by form as this demo user (a session, as in a browser). */
	public static RequestPostProcessor as(Actors actors, String username) {
		return authentication(new CrmAuthentication(actors.user(username)));
	}

}
