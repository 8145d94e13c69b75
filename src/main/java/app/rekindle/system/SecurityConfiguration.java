package app.rekindle.system;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security baseline: every page but the public ones needs a signed-in account, every POST
 * carries a CSRF token, the session id changes at sign-in, and the headers keep private pages out
 * of caches, frames and other sites' referrer logs.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** No inline script or style anywhere; the few scripts we have are files of our own. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SecurityContextRepository securityContextRepository,
			SessionAuthenticationStrategy sessionAuthenticationStrategy) {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/", "/signup", "/login", "/error", "/css/**", "/js/**", "/images/**", "/favicon*.ico",
					"/favicon*.svg", "/actuator/health/**")
			.permitAll()
			// Calendar apps cannot sign in: the feed is found by the secret in its address alone.
			.requestMatchers(HttpMethod.GET, "/calendar/*.ics")
			.permitAll()
			.requestMatchers(HttpMethod.HEAD, "/calendar/*.ics")
			.permitAll()
			.anyRequest()
			.authenticated());
		http.formLogin((form) -> form.loginPage("/login")
			.usernameParameter("email")
			.passwordParameter("password")
			.defaultSuccessUrl("/dashboard")
			.failureHandler(new KeepTypedEmailFailureHandler("/login?error", "/login?paused")));
		http.requestCache((cache) -> cache.requestCache(requestCacheWithoutContinueParameter()));
		http.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signed-out"));
		http.securityContext((context) -> context.securityContextRepository(securityContextRepository));
		http.sessionManagement((session) -> session.sessionAuthenticationStrategy(sessionAuthenticationStrategy));
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER))
			.frameOptions((frame) -> frame.deny()));
		return http.build();
	}

	/**
	 * After log-in, back to the page that asked for it, at its own clean address. Only page
	 * requests are remembered: an icon or a stylesheet fetched on the way must not become the
	 * place a person lands.
	 */
	private static HttpSessionRequestCache requestCacheWithoutContinueParameter() {
		MediaTypeRequestMatcher pages = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
		pages.setIgnoredMediaTypes(Set.of(MediaType.ALL));
		HttpSessionRequestCache cache = new HttpSessionRequestCache();
		cache.setMatchingRequestParameterName(null);
		cache.setRequestMatcher(new AndRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/**"), pages));
		return cache;
	}

	/** Shared with sign-up, which signs the new account in the same way the login form does. */
	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	@Bean
	SessionAuthenticationStrategy sessionAuthenticationStrategy() {
		return new ChangeSessionIdAuthenticationStrategy();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
