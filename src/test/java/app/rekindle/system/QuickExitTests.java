package app.rekindle.system;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Base64;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import app.rekindle.testsupport.BrowserSession;
import app.rekindle.testsupport.JournalTest;
import app.rekindle.testsupport.StoredSessions;
import app.rekindle.testsupport.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code GET /exit}, where the Quick exit leads: signed in or not, it ends the session, expires the
 * session cookie, asks the browser to forget the site's storage and sends it on to the neutral site,
 * and the request log records nothing of who left.
 */
@JournalTest
@ExtendWith(OutputCaptureExtension.class)
class QuickExitTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private StoredSessions sessions;

	@Autowired
	private SiteProperties site;

	@Test
	void endsASignedInSessionAndLeavesForTheNeutralSite(CapturedOutput output) throws Exception {
		String email = TestAccounts.uniqueEmail();
		this.accounts.create(email, ZoneId.of("UTC"));
		BrowserSession browser = this.sessions.browser(this.mvc);
		browser.perform(post("/login").with(csrf()).param("email", email).param("password", TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/dashboard"));
		String sessionId = browser.sessionId();
		assertThat(browser.signedInAs()).contains(email);

		MockHttpServletResponse exit = browser.perform(get("/exit"))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl(this.site.quickExitUrl().toString()))
			.andExpect(header().string("Clear-Site-Data", "\"cache\", \"storage\""))
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andExpect(header().string("Referrer-Policy", "no-referrer"))
			.andReturn()
			.getResponse();

		assertThat(this.sessions.exists(sessionId)).as("the session in the store").isFalse();
		assertExpiresTheSessionCookie(exit);
		assertThat(browser.sessionId()).as("the cookie the browser keeps").isNull();
		// Back to a private page, even with the old cookie kept somewhere: the log-in page.
		this.mvc.perform(get("/dashboard").cookie(cookieFor(sessionId))).andExpect(redirectedUrl("/login"));

		assertThat(output.getOut()).contains("method=GET path=/exit status=303 durationMs=");
		assertThat(output.getAll()).doesNotContain(email, sessionId, cookieFor(sessionId).getValue());
	}

	@Test
	void leavesForTheNeutralSiteWithoutASessionAndStartsNone() throws Exception {
		MockHttpServletResponse exit = this.mvc.perform(get("/exit"))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl(this.site.quickExitUrl().toString()))
			.andExpect(header().string("Clear-Site-Data", "\"cache\", \"storage\""))
			.andReturn()
			.getResponse();

		assertThat(exit.getCookie(StoredSessions.COOKIE)).as("a session cookie, new or cleared").isNull();
	}

	/** The log-in and sign-up forms start a session for their CSRF token; the exit ends it too. */
	@Test
	void endsTheSessionOfAVisitorWhoIsNotSignedIn() throws Exception {
		BrowserSession browser = this.sessions.browser(this.mvc);
		browser.perform(get("/login")).andExpect(status().isOk());
		String sessionId = browser.sessionId();
		assertThat(sessionId).as("the log-in form's session").isNotNull();

		MockHttpServletResponse exit = browser.perform(get("/exit"))
			.andExpect(redirectedUrl(this.site.quickExitUrl().toString()))
			.andReturn()
			.getResponse();

		assertThat(this.sessions.exists(sessionId)).isFalse();
		assertExpiresTheSessionCookie(exit);
	}

	@Test
	void expiresACookieWhoseSessionHasAlreadyEnded() throws Exception {
		MockHttpServletResponse exit = this.mvc.perform(get("/exit").cookie(cookieFor("a-session-long-gone")))
			.andExpect(redirectedUrl(this.site.quickExitUrl().toString()))
			.andReturn()
			.getResponse();

		assertExpiresTheSessionCookie(exit);
	}

	@Test
	void signsOutLikeLogOutDoes() throws Exception {
		this.mvc.perform(get("/exit").with(user(this.accounts.create())))
			.andExpect(redirectedUrl(this.site.quickExitUrl().toString()))
			.andExpect(unauthenticated());
	}

	private static void assertExpiresTheSessionCookie(MockHttpServletResponse response) {
		Cookie cleared = response.getCookie(StoredSessions.COOKIE);
		assertThat(cleared).as("the session cookie in the answer").isNotNull();
		assertThat(cleared.getMaxAge()).as("its Max-Age").isZero();
		assertThat(cleared.getValue()).isEmpty();
		assertThat(cleared.isHttpOnly()).isTrue();
		assertThat(cleared.getPath()).isEqualTo("/");
	}

	private static Cookie cookieFor(String sessionId) {
		return new Cookie(StoredSessions.COOKIE,
				Base64.getEncoder().encodeToString(sessionId.getBytes(StandardCharsets.UTF_8)));
	}

}
