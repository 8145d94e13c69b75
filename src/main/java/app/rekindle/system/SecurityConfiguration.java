package app.rekindle.system;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security baseline: every page but the public ones needs a signed-in account, every POST
 * carries a CSRF token, the session id changes at sign-in, and the headers keep private pages out
 * of caches, frames and other sites' referrer logs. The Quick exit ({@link QuickExitFilter}) ends
 * the session for anyone who asks.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** No inline script or style anywhere; the few scripts we have are files of our own. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/**
	 * Health and metrics, on the management port only (by default bound to 127.0.0.1, see
	 * docs/OPERATIONS.md): probes and scrapers cannot sign in, and the port is not the public one. Should
	 * the management port ever be set to the public port, this chain matches nothing and the next one
	 * answers 404 for every actuator path, so the endpoints are never served publicly.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain managementSecurityFilterChain(HttpSecurity http, Environment environment) {
		RequestMatcher endpoints = EndpointRequest.toAnyEndpoint();
		boolean ownPort = ManagementPortType.get(environment) == ManagementPortType.DIFFERENT;
		http.securityMatcher((request) -> ownPort && endpoints.matches(request));
		http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll());
		http.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		http.requestCache((cache) -> cache.disable());
		return http.build();
	}

	/**
	 * Actuator lives on the management port; on the public port its paths do not exist, for anyone:
	 * 404, not a log-in page, and never the endpoint itself.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain publicActuatorSecurityFilterChain(HttpSecurity http) {
		http.securityMatcher("/actuator", "/actuator/**");
		http.authorizeHttpRequests((requests) -> requests.anyRequest().denyAll());
		http.exceptionHandling((exceptions) -> exceptions
			.authenticationEntryPoint((request, response, ex) -> response.sendError(HttpServletResponse.SC_NOT_FOUND))
			.accessDeniedHandler((request, response, ex) -> response.sendError(HttpServletResponse.SC_NOT_FOUND)));
		http.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		http.requestCache((cache) -> cache.disable());
		return http.build();
	}

	/**
	 * The journal's own files (styles, scripts, icons), served to everyone with the same security headers
	 * as every page, and nothing else: no session, sign-in, CSRF token or saved request is looked at for
	 * them. Why: a file costs 28 % less CPU this way than through the pages' chain (docs/PERFORMANCE.md).
	 */
	@Bean
	@Order(3)
	SecurityFilterChain staticFilesSecurityFilterChain(HttpSecurity http) {
		http.securityMatcher(StaticResources.PATHS);
		http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll());
		http.securityContext((context) -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()));
		http.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		http.requestCache((cache) -> cache.disable());
		http.csrf((csrf) -> csrf.disable());
		http.anonymous((anonymous) -> anonymous.disable());
		securityHeaders(http);
		return http.build();
	}

	@Bean
	@Order(4)
	SecurityFilterChain securityFilterChain(HttpSecurity http, SecurityContextRepository securityContextRepository,
			SessionAuthenticationStrategy sessionAuthenticationStrategy, SiteProperties site, CookieSerializer cookies,
			CsrfTokenRepository csrfTokenRepository, RequestCache requestCache, FlashMapManager flashMapManager,
			ObjectProvider<SecurityChainAddition> additions) {
		http.authorizeHttpRequests((requests) -> requests
			// The files themselves have their own chain above; other icon addresses a browser may try answer 404.
			.requestMatchers("/", "/signup", "/login", "/support", "/error", "/images/**", "/favicon*.ico", "/favicon*.svg")
			.permitAll()
			// "Can't log in?" with a recovery code; the web app manifest, for installing.
			.requestMatchers("/recover", "/manifest.webmanifest")
			.permitAll()
			// Calendar apps cannot sign in: the feed is found by the secret in its address alone.
			.requestMatchers(HttpMethod.GET, "/calendar/*.ics")
			.permitAll()
			.requestMatchers(HttpMethod.HEAD, "/calendar/*.ics")
			.permitAll()
			// E-mail links and the pages around them (present only with mail on, see WhenMailIsOn): a person who
			// cannot log in follows them, and a mail provider unsubscribes with one POST (RFC 8058).
			.requestMatchers("/password/forgot", "/password/reset/*", "/signup/check-inbox", "/confirm-email/*",
					"/confirm-email/again", "/unsubscribe/*", "/unsubscribed")
			.permitAll()
			.anyRequest()
			.authenticated());
		// No session for a visitor until they sign in (AnonymousVisitConfiguration). A one-click unsubscribe comes
		// from a mail provider, with no session and no CSRF token; the secret in its address is what allows it,
		// and all it can do is stop reminders. No other path is exempt.
		http.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokenRepository)
			.ignoringRequestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/unsubscribe/*")));
		http.formLogin((form) -> form.loginPage("/login")
			.usernameParameter("email")
			.passwordParameter("password")
			.defaultSuccessUrl("/dashboard")
			.failureHandler(new KeepTypedEmailFailureHandler("/login?error", "/login?paused", flashMapManager)));
		http.requestCache((cache) -> cache.requestCache(requestCache));
		http.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signed-out"));
		// Before the log-in check, so the Quick exit answers everyone, signed in or not.
		http.addFilterBefore(new QuickExitFilter(site.quickExitUrl(), cookies, securityContextRepository),
				LogoutFilter.class);
		// Before anything reads a parameter (the CSRF check), after the headers are arranged for.
		http.addFilterAfter(new MalformedRequestFilter(), HeaderWriterFilter.class);
		http.securityContext((context) -> context.securityContextRepository(securityContextRepository));
		http.sessionManagement((session) -> session.sessionAuthenticationStrategy(sessionAuthenticationStrategy));
		securityHeaders(http);
		// Ways of signing in that other modules add (passkeys), with the session handling set up above.
		additions.orderedStream().forEach((addition) -> addition.addTo(http));
		return http.build();
	}

	/** The same headers on every page and file: Spring Security's defaults, the policy above, no referrer, no frames. */
	private static void securityHeaders(HttpSecurity http) {
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER))
			.frameOptions((frame) -> frame.deny()));
	}

	/**
	 * No Micrometer observation around each security filter, authentication and authorisation; every
	 * request is still timed as a whole ({@code http.server.requests}) and logged by
	 * {@link RequestLogFilter}. Why: the observations cost a tenth of every request (docs/PERFORMANCE.md).
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
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

	/**
	 * BCrypt at the cost {@code rekindle.security.password-hash-cost} (10, BCrypt's own default), stored
	 * with its id ({@code {bcrypt}...}). Each hash carries its cost, so a new cost applies to passwords set
	 * from then on and every stored one still matches, as does a hash in any other format Spring Security
	 * knows. The tests lower the cost: they sign up thousands of accounts.
	 */
	static final int DEFAULT_PASSWORD_HASH_COST = 10;

	@Bean
	PasswordEncoder passwordEncoder(@Value("${rekindle.security.password-hash-cost:" + DEFAULT_PASSWORD_HASH_COST + "}") int cost) {
		DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("bcrypt",
				Map.of("bcrypt", new BCryptPasswordEncoder(cost)));
		encoder.setDefaultPasswordEncoderForMatches(PasswordEncoderFactories.createDelegatingPasswordEncoder());
		return encoder;
	}

}
