package app.rekindle.account.web;

import java.time.Duration;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.rekindle.testsupport.BrowserSession;
import app.rekindle.testsupport.JournalTest;
import app.rekindle.testsupport.MutableClock;
import app.rekindle.testsupport.MutableClockConfiguration;
import app.rekindle.testsupport.StoredSessions;
import app.rekindle.testsupport.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Log-in through the real form, with the clock moved by hand across the 15-minute window and pause. */
@JournalTest
class LoginThrottleTests {

	static final String PAUSED = "For your safety, log-in for this email address is paused for a while after several unsuccessful tries. Please try again in 15 minutes.";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private MutableClock clock;

	@Autowired
	private StoredSessions sessions;

	private String email;

	@BeforeEach
	void anAccount() {
		this.clock.set(MutableClockConfiguration.START);
		this.email = TestAccounts.uniqueEmail();
		this.accounts.create(this.email, ZoneId.of("UTC"));
	}

	@Test
	void afterFiveFailuresRefusesEvenTheRightPasswordAndSaysLogInIsPaused() throws Exception {
		failTimes(this.email, 5);

		BrowserSession browser = this.sessions.browser(this.mvc);
		browser.perform(logIn(this.email, TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/login?paused"))
			.andExpect(this.sessions.unauthenticated());
		String page = pausedPage(browser);
		assertThat(page).contains(PAUSED)
			.contains("value=\"" + this.email + "\"")
			.doesNotContain("That email and password do not match an account.");
	}

	@Test
	void fourFailuresStillLetTheRightPasswordIn() throws Exception {
		failTimes(this.email, 4);
		this.mvc.perform(logIn(this.email, TestAccounts.PASSWORD)).andExpect(this.sessions.authenticatedAs(this.email));
	}

	@Test
	void givesTheSamePausedPageForAnEmailWithoutAnAccount() throws Exception {
		String unknown = TestAccounts.uniqueEmail();
		failTimes(this.email, 5);
		failTimes(unknown, 5);

		String known = pausedPage(this.email, TestAccounts.PASSWORD);
		String nobody = pausedPage(unknown, TestAccounts.PASSWORD);

		assertThat(known).contains(PAUSED);
		assertThat(withoutEmails(nobody)).isEqualTo(withoutEmails(known));
	}

	@Test
	void countsTheEmailInAnyLetterCaseAndWithSpaces() throws Exception {
		failTimes(this.email.toUpperCase(), 3);
		failTimes("  " + this.email + " ", 2);
		this.mvc.perform(logIn(this.email, TestAccounts.PASSWORD)).andExpect(redirectedUrl("/login?paused"));
	}

	@Test
	void letsThePersonInAgainFifteenMinutesLater() throws Exception {
		failTimes(this.email, 5);
		this.clock.advance(Duration.ofMinutes(14).plusSeconds(59));
		this.mvc.perform(logIn(this.email, TestAccounts.PASSWORD)).andExpect(redirectedUrl("/login?paused"));

		this.clock.advance(Duration.ofSeconds(1));
		this.mvc.perform(logIn(this.email, TestAccounts.PASSWORD)).andExpect(this.sessions.authenticatedAs(this.email));
	}

	@Test
	void refusalsDuringThePauseDoNotMakeItLonger() throws Exception {
		failTimes(this.email, 5);
		this.clock.advance(Duration.ofMinutes(10));
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(logIn(this.email, "still not it")).andExpect(redirectedUrl("/login?paused"));
		}
		this.clock.advance(Duration.ofMinutes(5));
		this.mvc.perform(logIn(this.email, TestAccounts.PASSWORD)).andExpect(this.sessions.authenticatedAs(this.email));
	}

	@Test
	void failuresOlderThanFifteenMinutesDoNotCount() throws Exception {
		failTimes(this.email, 4);
		this.clock.advance(Duration.ofMinutes(15));
		failTimes(this.email, 4);
		this.mvc.perform(logIn(this.email, TestAccounts.PASSWORD)).andExpect(this.sessions.authenticatedAs(this.email));
	}

	@Test
	void aSuccessfulLogInClearsTheFailures() throws Exception {
		failTimes(this.email, 4);
		this.mvc.perform(logIn(this.email, TestAccounts.PASSWORD)).andExpect(this.sessions.authenticatedAs(this.email));
		failTimes(this.email, 4);
		this.mvc.perform(logIn(this.email, TestAccounts.PASSWORD)).andExpect(this.sessions.authenticatedAs(this.email));
	}

	private void failTimes(String email, int times) throws Exception {
		for (int i = 0; i < times; i++) {
			this.mvc.perform(logIn(email, "not the right one " + i))
				.andExpect(redirectedUrl("/login?error"))
				.andExpect(this.sessions.unauthenticated());
		}
	}

	private String pausedPage(String email, String password) throws Exception {
		BrowserSession browser = this.sessions.browser(this.mvc);
		browser.perform(logIn(email, password)).andExpect(redirectedUrl("/login?paused"));
		return pausedPage(browser);
	}

	/** Follows the redirect in the same session, as a browser would. */
	private String pausedPage(BrowserSession browser) throws Exception {
		return browser.perform(get("/login").param("paused", ""))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "");
	}

	private static String withoutEmails(String page) {
		return page.replaceAll("person-[0-9a-f-]+@example.org", "EMAIL");
	}

	private static MockHttpServletRequestBuilder logIn(String email, String password) {
		return post("/login").with(csrf()).param("email", email).param("password", password);
	}

}
