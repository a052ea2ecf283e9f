package fr.infotools.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Tells whoever started the server where to find it.
 */
@Component
class ReadyBanner {

	private static final Logger log = LoggerFactory.getLogger(ReadyBanner.class);

	private final Environment environment;

	ReadyBanner(Environment environment) {
		this.environment = environment;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		String port = this.environment.getProperty("local.server.port");
		if (port == null) {
			return;
		}
		String url = "http://localhost:" + port + "/";
		log.info("""

				  InfoTools is ready at {}
				    REST API:     {}api/v1  (OpenAPI: {}v3/api-docs)
				    Health:       {}actuator/health
				""", url, url, url, url);
	}

}
