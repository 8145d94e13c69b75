package app.rekindle.system;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;

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

	/**
	 * A visitor who is not signed in has no session; what they hold instead (the forms' token, the email
	 * typed into a failed log-in) goes with the exit too.
	 */
	@Test
	void forgetsTheCookiesOfAVisitorWhoIsNotSignedIn() throws Exception {
		BrowserSession browser = this.sessions.browser(this.mvc);
		String page = browser.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(token.find()).isTrue();
		browser.perform(post("/login").param("email", TestAccounts.uniqueEmail()).param("password", "not it").param("_csrf", token.group(1)))
			.andExpect(redirectedUrl("/login?error"));
		assertThat(browser.sessionId()).as("a session for a visitor").isNull();

		MockHttpServletResponse exit = browser.perform(get("/exit"))
			.andExpect(redirectedUrl(this.site.quickExitUrl().toString()))
			.andReturn()
			.getResponse();

		for (String name : List.of("JOURNAL_CSRF", "JOURNAL_NOTICE")) {
			Cookie cleared = exit.getCookie(name);
			assertThat(cleared).as(name + " in the answer").isNotNull();
			assertThat(cleared.getMaxAge()).as(name + "'s Max-Age").isZero();
			assertThat(cleared.getPath()).isEqualTo("/");
		}
		assertThat(exit.getCookie(StoredSessions.COOKIE)).as("a session cookie, new or cleared").isNull();
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
