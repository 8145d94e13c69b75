package app.rekindle.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.web.util.WebUtils;

/**
 * Where a form's CSRF token is kept: in the session for a signed-in person, in a cookie of its own for a
 * visitor. So an anonymous visit to any page with a form (log-in, sign-up, every other public form) stores
 * nothing on the server, and the form still only accepts the token this browser was given: the cookie is
 * HttpOnly and SameSite=Lax, so another site can neither read it nor send it along with a post of its own.
 * <p>
 * Signed in or not decides, not whether a session exists: a passkey's log-in options begin a session
 * before sign-in, and the visitor's token must still count for the log-in that follows. At sign-in Spring
 * Security's {@code CsrfAuthenticationStrategy} clears the visitor's cookie; the first page after sign-in
 * keeps a fresh token in the session.
 */
final class VisitorCsrfTokenRepository implements CsrfTokenRepository {

	static final String COOKIE = "JOURNAL_CSRF";

	private static final AuthenticationTrustResolver SIGNED_IN = new AuthenticationTrustResolverImpl();

	private final HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();

	private final CookieCsrfTokenRepository cookies = new CookieCsrfTokenRepository();

	VisitorCsrfTokenRepository(boolean secureCookie) {
		this.cookies.setCookieName(COOKIE);
		// The session repository's header, not the cookie repository's X-XSRF-TOKEN: a page renders the token with
		// its header name, and a script (passkeys) posts it back in that header.
		this.cookies.setHeaderName("X-CSRF-TOKEN");
		this.cookies.setCookiePath("/");
		this.cookies.setCookieCustomizer((cookie) -> cookie.httpOnly(true).sameSite("Lax").secure(secureCookie));
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return this.sessions.generateToken(request);
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		if (!signedIn(request)) {
			this.cookies.saveToken(token, request, response);
			return;
		}
		this.sessions.saveToken(token, request, response);
		if (WebUtils.getCookie(request, COOKIE) != null) {
			this.cookies.saveToken(null, request, response);
		}
	}

	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		return signedIn(request) ? this.sessions.loadToken(request) : this.cookies.loadToken(request);
	}

	/** A session is only read where one exists: a visitor's request never starts one here. */
	private static boolean signedIn(HttpServletRequest request) {
		return request.getSession(false) != null
				&& SIGNED_IN.isAuthenticated(SecurityContextHolder.getContext().getAuthentication());
	}

}
