package app.rekindle.account.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import app.rekindle.testsupport.BrowserSession;
import app.rekindle.testsupport.JournalTest;
import app.rekindle.testsupport.StoredSessions;
import app.rekindle.testsupport.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A new password signs the person out everywhere but here; deleting the account signs them out
 * everywhere. Each "device" is a browser with its own stored session.
 */
@JournalTest
class EndingSessionsTests {

	private static final String NEW_PASSWORD = "a brighter kind of quiet";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private StoredSessions sessions;

	@Test
	void aNewPasswordEndsTheOtherSessionsAndKeepsThisOne() throws Exception {
		String email = TestAccounts.uniqueEmail();
		this.accounts.create(email, java.time.ZoneId.of("UTC"));
		BrowserSession here = signedIn(email, TestAccounts.PASSWORD);
		BrowserSession phone = signedIn(email, TestAccounts.PASSWORD);
		String phoneSession = phone.sessionId();
		BrowserSession someoneElse = signedIn(otherAccount(), TestAccounts.PASSWORD);

		here.perform(post("/account/password").with(csrf())
			.param("currentPassword", TestAccounts.PASSWORD)
			.param("newPassword", NEW_PASSWORD)
			.param("newPasswordConfirmation", NEW_PASSWORD)).andExpect(redirectedUrl("/account"));

		assertThat(here.signedInAs()).contains(email);
		here.perform(get("/account")).andExpect(status().isOk());
		assertThat(this.sessions.exists(phoneSession)).as("the other device's session").isFalse();
		phone.perform(get("/account")).andExpect(redirectedUrl("/login"));
		assertThat(someoneElse.signedInAs()).as("another account's session").isPresent();
	}

	@Test
	void aNewPasswordMovesThisSessionToANewId() throws Exception {
		String email = TestAccounts.uniqueEmail();
		this.accounts.create(email, java.time.ZoneId.of("UTC"));
		BrowserSession here = signedIn(email, TestAccounts.PASSWORD);
		String before = here.sessionId();

		here.perform(post("/account/password").with(csrf())
			.param("currentPassword", TestAccounts.PASSWORD)
			.param("newPassword", NEW_PASSWORD)
			.param("newPasswordConfirmation", NEW_PASSWORD)).andExpect(redirectedUrl("/account"));

		assertThat(here.sessionId()).isNotEqualTo(before);
		assertThat(this.sessions.exists(before)).as("nothing is left under the old id").isFalse();
		assertThat(here.signedInAs()).contains(email);
	}

	@Test
	void aRefusedPasswordChangeEndsNothing() throws Exception {
		String email = TestAccounts.uniqueEmail();
		this.accounts.create(email, java.time.ZoneId.of("UTC"));
		BrowserSession here = signedIn(email, TestAccounts.PASSWORD);
		BrowserSession phone = signedIn(email, TestAccounts.PASSWORD);

		here.perform(post("/account/password").with(csrf())
			.param("currentPassword", "not my password at all")
			.param("newPassword", NEW_PASSWORD)
			.param("newPasswordConfirmation", NEW_PASSWORD)).andExpect(status().isOk());

		assertThat(phone.signedInAs()).contains(email);
	}

	@Test
	void deletingTheAccountEndsEverySessionOfItAndNoOneElses() throws Exception {
		String email = TestAccounts.uniqueEmail();
		this.accounts.create(email, java.time.ZoneId.of("UTC"));
		BrowserSession here = signedIn(email, TestAccounts.PASSWORD);
		String hereSession = here.sessionId();
		BrowserSession phone = signedIn(email, TestAccounts.PASSWORD);
		String phoneSession = phone.sessionId();
		BrowserSession someoneElse = signedIn(otherAccount(), TestAccounts.PASSWORD);

		here.perform(post("/account/delete").with(csrf()).param("password", TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/?account-deleted"));

		assertThat(this.sessions.exists(hereSession)).isFalse();
		assertThat(this.sessions.exists(phoneSession)).as("the other device's session").isFalse();
		assertThat(someoneElse.signedInAs()).as("another account's session").isPresent();
	}

	private BrowserSession signedIn(String email, String password) throws Exception {
		BrowserSession browser = this.sessions.browser(this.mvc);
		browser.perform(formLogin("/login").userParameter("email").user(email).password(password))
			.andExpect(this.sessions.authenticatedAs(email));
		return browser;
	}

	private String otherAccount() {
		String email = TestAccounts.uniqueEmail();
		this.accounts.create(email, java.time.ZoneId.of("UTC"));
		return email;
	}

}
