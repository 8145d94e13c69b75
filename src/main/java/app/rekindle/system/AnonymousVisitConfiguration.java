package app.rekindle.system;

import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * A visitor who is not signed in costs nothing lasting: no session row is written until someone signs
 * in. What would otherwise start a session for them is kept in short-lived cookies of their own instead
 * (docs/PERFORMANCE.md, "Anonymous visits"): the forms' CSRF token ({@link VisitorCsrfTokenRepository}),
 * the page to return to after log-in (Spring Security's {@link CookieRequestCache}) and flash attributes
 * such as the email typed into a failed log-in ({@link CookieFlashMapManager}).
 */
@Configuration(proxyBeanMethods = false)
class AnonymousVisitConfiguration {

	@Bean
	CsrfTokenRepository csrfTokenRepository(@Value("${server.servlet.session.cookie.secure:false}") boolean secure) {
		return new VisitorCsrfTokenRepository(secure);
	}

	/**
	 * After log-in, back to the page that asked for it, at its own clean address. Only page requests are
	 * remembered: an icon or a stylesheet fetched on the way must not become the place a person lands.
	 */
	@Bean
	RequestCache requestCache(@Value("${server.servlet.session.cookie.secure:false}") boolean secure) {
		MediaTypeRequestMatcher pages = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
		pages.setIgnoredMediaTypes(Set.of(MediaType.ALL));
		CookieRequestCache cache = new CookieRequestCache();
		cache.setRequestMatcher(new AndRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/**"), pages));
		cache.setCookieCustomizer((cookie) -> {
			cookie.setSecure(secure);
			cookie.setAttribute("SameSite", "Lax");
		});
		return cache;
	}

	/** Spring MVC's session-backed flash attributes, replaced where the dispatcher looks for them by name. */
	@Bean
	static BeanPostProcessor cookieFlashMaps(@Value("${server.servlet.session.cookie.secure:false}") boolean secure) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof SessionFlashMapManager && DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME.equals(beanName))
						? new CookieFlashMapManager(secure) : bean;
			}
		};
	}

}
