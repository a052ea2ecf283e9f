package fr.infotools.security;

import java.util.Set;
import java.util.TreeSet;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route of the running application, read from Spring MVC's own handler mapping, so
 * that a new endpoint cannot escape the access matrix.
 */
final class Routes {

	private Routes() {
	}

	static Set<Route> of(RequestMappingHandlerMapping mapping) {
		Set<Route> routes = new TreeSet<>();
		mapping.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod handler) -> {
			if (!handler.getBeanType().getName().startsWith("fr.infotools")) {
				return;
			}
			Set<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? Set.of("GET")
					: info.getMethodsCondition()
						.getMethods()
						.stream()
						.map(Enum::name)
						.collect(java.util.stream.Collectors.toSet());
			for (String pattern : info.getPatternValues()) {
				for (String method : methods) {
					routes.add(new Route(method, pattern));
				}
			}
		});
		return routes;
	}

}
