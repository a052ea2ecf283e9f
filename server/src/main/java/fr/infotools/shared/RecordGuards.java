package fr.infotools.shared;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Runs the modules' {@link RecordGuard}s on the paths they guard, after authentication
 * and before the handler reads or validates anything.
 */
@Component
class RecordGuards implements HandlerInterceptor, WebMvcConfigurer {

	private final List<Guarded> guards;

	RecordGuards(List<RecordGuard> guards) {
		this.guards = guards.stream()
			.map((guard) -> new Guarded(PathPatternParser.defaultInstance.parse(guard.pathPattern()), guard))
			.toList();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/api/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		PathContainer path = PathContainer
			.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
		for (Guarded guarded : this.guards) {
			PathPattern.PathMatchInfo match = guarded.pattern().matchAndExtract(path);
			if (match != null) {
				Map<String, String> variables = match.getUriVariables();
				String id = variables.get("id");
				if (id != null && id.matches("\\d{1,18}")) {
					guarded.guard().check(Long.parseLong(id));
				}
			}
		}
		return true;
	}

	private record Guarded(PathPattern pattern, RecordGuard guard) {

	}

}
