package fr.infotools.shared;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the REST API, served at {@code /v3/api-docs} and browsable
 * at {@code /swagger-ui.html}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI infoToolsApi() {
		return new OpenAPI()
			.info(new Info().title("InfoTools API")
				.version("v1")
				.description("REST API of the InfoTools CRM. Log in with POST /api/v1/auth/token, then send "
						+ "Authorization: Bearer <accessToken>. Errors are RFC 9457 problem details."))
			.components(new Components().addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}

}
