package app.rekindle.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.Cookie;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * One browser for MockMvc: each request carries the cookies the responses set, as a browser does (the
 * {@code JOURNAL_SESSION} cookie, so a series of requests shares one session in the session store, and
 * the cookies a visitor without a session holds: the CSRF token, a notice). (A {@code MockHttpSession}
 * no longer does that: sessions live in the database.) A cookie the application clears is dropped.
 */
public final class BrowserSession {

	private final MockMvc mvc;

	private final StoredSessions sessions;

	private final Map<String, Cookie> cookies = new LinkedHashMap<>();

	BrowserSession(MockMvc mvc, StoredSessions sessions) {
		this.mvc = mvc;
		this.sessions = sessions;
	}

	public ResultActions perform(RequestBuilder request) throws Exception {
		ResultActions actions = this.mvc.perform(withCookie(request));
		for (Cookie given : actions.andReturn().getResponse().getCookies()) {
			if (given.getMaxAge() == 0 || given.getValue().isEmpty()) {
				this.cookies.remove(given.getName());
			}
			else {
				this.cookies.put(given.getName(), given);
			}
		}
		return actions;
	}

	private RequestBuilder withCookie(RequestBuilder request) {
		Cookie[] held = this.cookies.values().toArray(Cookie[]::new);
		if (held.length == 0) {
			return request;
		}
		if (request instanceof MockHttpServletRequestBuilder builder) {
			return builder.cookie(held);
		}
		// Builders such as formLogin() apply their own post-processing inside buildRequest.
		return (context) -> {
			MockHttpServletRequest built = request.buildRequest(context);
			built.setCookies(held);
			return built;
		};
	}

	/** The id of the session this browser holds a cookie for, or {@code null} before it has one. */
	public String sessionId() {
		Cookie session = this.cookies.get(StoredSessions.COOKIE);
		return (session != null) ? StoredSessions.sessionId(session) : null;
	}

	/** Who this browser's session is signed in as, read from the session store. */
	public Optional<String> signedInAs() {
		return this.sessions.signedInAs(sessionId());
	}

}
