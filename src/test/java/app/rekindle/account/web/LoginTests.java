package app.rekindle.account.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.rekindle.testsupport.BrowserSession;
import app.rekindle.testsupport.JournalTest;
import app.rekindle.testsupport.StoredSessions;
import app.rekindle.testsupport.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@JournalTest
class LoginTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private StoredSessions sessions;

	@Test
	void logsInWithTheRightPasswordInAnyLetterCaseOfTheEmail() throws Exception {
		String email = TestAccounts.uniqueEmail();
		this.accounts.create(email, java.time.ZoneId.of("UTC"));

		this.mvc.perform(formLogin("/login").userParameter("email").user(email.toUpperCase()).password(TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/dashboard"))
			.andExpect(this.sessions.authenticatedAs(email));
	}

	@Test
	void givesTheSameAnswerForAWrongPasswordAndAnUnknownEmail() throws Exception {
		String email = TestAccounts.uniqueEmail();
		this.accounts.create(email, java.time.ZoneId.of("UTC"));

		String wrongPassword = failedLoginPage(email, "not the right one");
		String unknownEmail = failedLoginPage(TestAccounts.uniqueEmail(), TestAccounts.PASSWORD);

		assertThat(wrongPassword).contains("That email and password do not match an account.");
		assertThat(withoutEmails(unknownEmail)).isEqualTo(withoutEmails(wrongPassword));
	}

	private static String withoutEmails(String page) {
		return page.replaceAll("person-[0-9a-f-]+@example.org", "EMAIL");
	}

	@Test
	void keepsTheTypedEmailAfterAFailedLogin() throws Exception {
		String email = TestAccounts.uniqueEmail();
		assertThat(failedLoginPage(email, "whatever it was")).contains("value=\"" + email + "\"");
	}

	/** Follows the failure redirect in the same session, as a browser would, and returns the page. */
	private String failedLoginPage(String email, String password) throws Exception {
		BrowserSession browser = this.sessions.browser(this.mvc);
		browser.perform(logIn(email, password))
			.andExpect(redirectedUrl("/login?error"))
			.andExpect(this.sessions.unauthenticated());
		return browser.perform(get("/login").param("error", ""))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "");
	}

	@Test
	void changesTheSessionIdAtLogIn() throws Exception {
		String email = TestAccounts.uniqueEmail();
		this.accounts.create(email, java.time.ZoneId.of("UTC"));
		BrowserSession browser = this.sessions.browser(this.mvc);
		browser.perform(get("/login")).andExpect(status().isOk());
		assertThat(browser.sessionId()).as("the log-in form starts no session").isNull();
		browser.perform(logIn(email, TestAccounts.PASSWORD)).andExpect(this.sessions.authenticatedAs(email));
		String before = browser.sessionId();
		assertThat(before).as("a session from sign-in on").isNotNull();

		browser.perform(logIn(email, TestAccounts.PASSWORD)).andExpect(this.sessions.authenticatedAs(email));

		assertThat(browser.sessionId()).isNotEqualTo(before);
		assertThat(this.sessions.exists(before)).as("the session under the old id").isFalse();
		assertThat(this.sessions.timeout(browser.sessionId())).isEqualTo(java.time.Duration.ofHours(8));
	}

	@Test
	void refusesToLogOutByGet() throws Exception {
		this.mvc.perform(get("/logout").with(user(this.accounts.create())))
			.andExpect(status().isNotFound())
			.andExpect(authenticated());
	}

	@Test
	void logsOutByPostAndSaysSo() throws Exception {
		this.mvc.perform(post("/logout").with(csrf()).with(user(this.accounts.create())))
			.andExpect(redirectedUrl("/?signed-out"))
			.andExpect(unauthenticated());
		this.mvc.perform(get("/").param("signed-out", ""))
			.andExpect(content().string(containsString("You are logged out.")));
	}

	@Test
	void refusesALogOutWithoutCsrfToken() throws Exception {
		this.mvc.perform(post("/logout").with(user(this.accounts.create())))
			.andExpect(status().isForbidden())
			.andExpect(authenticated());
	}

	@Test
	void refusesALogInWithoutCsrfToken() throws Exception {
		this.mvc.perform(post("/login").param("email", "a@example.org").param("password", "whatever it is"))
			.andExpect(status().isForbidden());
	}

	@Test
	void sendsSomeoneAlreadySignedInFromTheLogInPageToTheDashboard() throws Exception {
		this.mvc.perform(get("/login").with(user(this.accounts.create())).with(csrf()))
			.andExpect(redirectedUrl("/dashboard"));
	}

	private static MockHttpServletRequestBuilder logIn(String email, String password) {
		return post("/login").with(csrf()).param("email", email).param("password", password);
	}

	@Test
	void landsOnThePageThatAskedForLogInButNeverOnAnIconOrStylesheet() throws Exception {
		String email = TestAccounts.uniqueEmail();
		this.accounts.create(email, java.time.ZoneId.of("UTC"));
		BrowserSession browser = this.sessions.browser(this.mvc);
		browser.perform(get("/history").accept(org.springframework.http.MediaType.TEXT_HTML))
			.andExpect(redirectedUrl("/login"));
		browser.perform(get("/favicon-0123abcd.svg").accept(org.springframework.http.MediaType.valueOf("image/svg+xml")));
		browser.perform(get("/some/private/image.png").accept(org.springframework.http.MediaType.IMAGE_PNG))
			.andExpect(redirectedUrl("/login"));

		browser.perform(logIn(email, TestAccounts.PASSWORD)).andExpect(redirectedUrl("http://localhost/history"));
	}

}
