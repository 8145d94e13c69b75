package app.rekindle.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.web.util.WebUtils;

/**
 * Where a form's CSRF token is kept: in the session once there is one (a signed-in person), in a
 * cookie of its own before that. So an anonymous visit to any page with a form (log-in, sign-up, every
 * other public form) stores nothing on the server, and the form still only accepts the token this
 * browser was given: the cookie is HttpOnly and SameSite=Lax, so another site can neither read it nor
 * send it along with a post of its own.
 * <p>
 * At sign-in Spring Security's {@code CsrfAuthenticationStrategy} replaces the token before the session
 * exists, so the new one goes to the cookie; the first page after sign-in finds a session without a
 * token, keeps a fresh one there and expires the cookie.
 */
final class VisitorCsrfTokenRepository implements CsrfTokenRepository {

	static final String COOKIE = "JOURNAL_CSRF";

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
		if (request.getSession(false) == null) {
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
		// A session can begin before sign-in (a passkey's log-in options are kept in one): until the
		// session holds a token of its own, the one this browser was given in its cookie still counts.
		CsrfToken inSession = (request.getSession(false) != null) ? this.sessions.loadToken(request) : null;
		return (inSession != null) ? inSession : this.cookies.loadToken(request);
	}

}
