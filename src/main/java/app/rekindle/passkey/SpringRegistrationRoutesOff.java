package app.rekindle.passkey;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring Security's JSON routes for storing and deleting a passkey do not exist here (404): a passkey
 * is added and removed through the account page's forms, where its name is checked and encrypted and a
 * removal is asked first. Spring Security's {@code WebAuthnConfigurer} offers no switch for them.
 */
final class SpringRegistrationRoutesOff extends OncePerRequestFilter {

	private static final RequestMatcher ROUTES = new OrRequestMatcher(
			PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/webauthn/register"),
			PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.DELETE, "/webauthn/register/{id}"));

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (ROUTES.matches(request)) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		chain.doFilter(request, response);
	}

}
