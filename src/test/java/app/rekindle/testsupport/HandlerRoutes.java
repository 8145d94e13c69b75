package app.rekindle.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The application's routes as Spring's own handler mappings know them (inject the bean named
 * {@code requestMappingHandlerMapping}), so a route added later is covered without anyone listing
 * it.
 */
public final class HandlerRoutes {

	private HandlerRoutes() {
	}

	/**
	 * The sorted, distinct URL patterns that answer the given method; a mapping with no method
	 * condition answers every method.
	 */
	public static List<String> patterns(RequestMappingHandlerMapping mappings, RequestMethod method) {
		List<String> routes = new ArrayList<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			if (methods.isEmpty() || methods.contains(method)) {
				routes.addAll(info.getPatternValues());
			}
		}
		return routes.stream().sorted().distinct().toList();
	}

}
