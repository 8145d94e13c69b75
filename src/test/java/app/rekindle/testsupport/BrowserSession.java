package app.rekindle.testsupport;

import java.util.Optional;

import jakarta.servlet.http.Cookie;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * One browser for MockMvc: each request carries the {@code JOURNAL_SESSION} cookie the last response
 * set, as a browser does, so a series of requests shares one session in the session store. (A
 * {@code MockHttpSession} no longer does that: sessions live in the database.) A cookie the
 * application clears is dropped.
 */
public final class BrowserSession {

	private final MockMvc mvc;

	private final StoredSessions sessions;

	private Cookie cookie;

	BrowserSession(MockMvc mvc, StoredSessions sessions) {
		this.mvc = mvc;
		this.sessions = sessions;
	}

	public ResultActions perform(RequestBuilder request) throws Exception {
		ResultActions actions = this.mvc.perform(withCookie(request));
		Cookie given = actions.andReturn().getResponse().getCookie(StoredSessions.COOKIE);
		if (given != null) {
			this.cookie = (given.getMaxAge() == 0 || given.getValue().isEmpty()) ? null : given;
		}
		return actions;
	}

	private RequestBuilder withCookie(RequestBuilder request) {
		Cookie held = this.cookie;
		if (held == null) {
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
		return (this.cookie != null) ? StoredSessions.sessionId(this.cookie) : null;
	}

	/** Who this browser's session is signed in as, read from the session store. */
	public Optional<String> signedInAs() {
		return this.sessions.signedInAs(sessionId());
	}

}
