package app.rekindle.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.http.Cookie;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.test.web.support.WebTestUtils;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultMatcher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sessions as the application keeps them, in the database (Spring Session). Spring Security's
 * {@code authenticated()} matcher looks in the mock request's own session, which Spring Session never
 * uses, so MockMvc tests ask here instead: who the session named by the {@code JOURNAL_SESSION} cookie
 * is signed in as, read from the session store itself. ({@code with(user(...))} requests keep using
 * Spring Security's matchers: they never go through a stored session.)
 */
@Component
public class StoredSessions {

	public static final String COOKIE = "JOURNAL_SESSION";

	private final SessionRepository<? extends Session> repository;

	private final CsrfTokenRepository csrfTokens;

	private final WebApplicationContext context;

	StoredSessions(SessionRepository<? extends Session> repository, CsrfTokenRepository csrfTokens,
			WebApplicationContext context) {
		this.repository = repository;
		this.csrfTokens = csrfTokens;
		this.context = context;
	}

	/**
	 * A browser's session for a series of MockMvc requests, with the application's own CSRF tokens:
	 * Spring Security's {@code csrf()} request post-processor, used by other tests in the shared context,
	 * puts a session-backed token store into the filter chain for good, and that would start a session
	 * for every visitor who sees a form.
	 */
	public BrowserSession browser(MockMvc mvc) {
		MockHttpServletRequest request = new MockHttpServletRequest(this.context.getServletContext());
		if (WebTestUtils.getCsrfTokenRepository(request) != this.csrfTokens) {
			WebTestUtils.setCsrfTokenRepository(request, this.csrfTokens);
		}
		return new BrowserSession(mvc, this);
	}

	/** The session the response gave the browser, or else the one the request came with, is signed in. */
	public ResultMatcher authenticated() {
		return (result) -> assertThat(signedInAs(result)).as("who the stored session is signed in as").isPresent();
	}

	public ResultMatcher authenticatedAs(String email) {
		return (result) -> assertThat(signedInAs(result)).as("who the stored session is signed in as").contains(email);
	}

	/** No session, a session that is gone, or one that is not signed in. */
	public ResultMatcher unauthenticated() {
		return (result) -> assertThat(signedInAs(result)).as("who the stored session is signed in as").isEmpty();
	}

	public boolean exists(String sessionId) {
		return this.repository.findById(sessionId) != null;
	}

	/** How long the stored session lasts without a request. */
	public Duration timeout(String sessionId) {
		return this.repository.findById(sessionId).getMaxInactiveInterval();
	}

	public Optional<String> signedInAs(String sessionId) {
		Session session = (sessionId != null) ? this.repository.findById(sessionId) : null;
		if (session == null) {
			return Optional.empty();
		}
		SecurityContext context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		return Optional.ofNullable(context)
			.map(SecurityContext::getAuthentication)
			.filter(Authentication::isAuthenticated)
			.map(Authentication::getName);
	}

	private Optional<String> signedInAs(MvcResult result) {
		Cookie given = result.getResponse().getCookie(COOKIE);
		if (given != null) {
			return given.getMaxAge() == 0 ? Optional.empty() : signedInAs(sessionId(given));
		}
		Cookie[] sent = result.getRequest().getCookies();
		if (sent != null) {
			for (Cookie cookie : sent) {
				if (COOKIE.equals(cookie.getName())) {
					return signedInAs(sessionId(cookie));
				}
			}
		}
		return Optional.empty();
	}

	/** Spring Session writes the session id into the cookie in Base64. */
	static String sessionId(Cookie cookie) {
		return new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
	}

}
