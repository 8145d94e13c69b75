package app.rekindle.account.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.rekindle.account.AccountUser;
import app.rekindle.account.RecoveryCodes;
import app.rekindle.testsupport.BrowserSession;
import app.rekindle.testsupport.JournalTest;
import app.rekindle.testsupport.StoredSessions;
import app.rekindle.testsupport.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The account page's recovery codes: how many are left, a nudge when few are, and a new set. */
@JournalTest
class RecoveryCodesSectionTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private RecoveryCodes recoveryCodes;

	@Autowired
	private StoredSessions sessions;

	@Test
	void showsHowManyCodesAreLeftWithoutANudgeWhileThereAreMany() throws Exception {
		AccountUser person = this.accounts.create();
		this.recoveryCodes.issue(person.accountId());
		this.mvc.perform(get("/account").with(user(person)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"recovery-codes\"")))
			.andExpect(content().string(containsString("You have 10 recovery codes left.")))
			.andExpect(content().string(not(containsString("so there is always a way back in"))));
	}

	@Test
	void nudgesGentlyWhenThreeOrFewerAreLeft() throws Exception {
		AccountUser person = this.accounts.create();
		List<String> codes = this.recoveryCodes.issue(person.accountId());
		for (int i = 0; i < 7; i++) {
			this.mvc.perform(CantLogInTests.recover(person.getUsername(), codes.get(i), "the light comes back slowly " + i))
				.andExpect(redirectedUrl("/account/recovered"));
		}
		this.mvc.perform(get("/account").with(user(person)))
			.andExpect(content().string(containsString("You have 3 recovery codes left.")))
			.andExpect(content().string(containsString("When it suits you, make a")));
		this.mvc.perform(get("/account").with(user(this.accounts.create())))
			.andExpect(content().string(containsString("You have no recovery codes left.")))
			.andExpect(content().string(containsString("When it suits you, make a")));
	}

	@Test
	void aNewSetVoidsTheOldOneAndIsShownOnce() throws Exception {
		AccountUser person = this.accounts.create();
		List<String> old = this.recoveryCodes.issue(person.accountId());
		BrowserSession browser = signedIn(person.getUsername());

		browser.perform(newSet(TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/account/recovery-codes"));
		String page = browser.perform(get("/account/recovery-codes")).andReturn().getResponse().getContentAsString();
		List<String> fresh = RecoveryCodesPageTests.codesIn(page);

		assertThat(fresh).hasSize(10).doesNotContainAnyElementsOf(old);
		assertThat(page).contains("Here is your new set of recovery codes. The old ones no longer work.");
		assertThat(RecoveryCodesPageTests.codesIn(browser.perform(get("/account/recovery-codes")).andReturn()
			.getResponse()
			.getContentAsString())).isEmpty();
		this.mvc.perform(CantLogInTests.recover(person.getUsername(), old.get(0), CantLogInTests.NEW_PASSWORD))
			.andExpect(content().string(containsString(CantLogInTests.REFUSED)));
		this.mvc.perform(CantLogInTests.recover(person.getUsername(), fresh.get(0), CantLogInTests.NEW_PASSWORD))
			.andExpect(redirectedUrl("/account/recovered"));
	}

	@Test
	void aWrongPasswordKeepsTheOldSet() throws Exception {
		AccountUser person = this.accounts.create();
		this.recoveryCodes.issue(person.accountId());
		this.mvc.perform(newSet("not my password at all").with(user(person)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("recoveryCodesForm", "codesPassword", "recoveryCodes.password.wrong"))
			.andExpect(content().string(containsString("That is not your password, so your codes are as they were.")));
		this.mvc.perform(newSet("").with(user(person)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("recoveryCodesForm", "codesPassword", "NotEmpty"));
		assertThat(this.recoveryCodes.left(person.accountId())).isEqualTo(10);
	}

	private BrowserSession signedIn(String email) throws Exception {
		BrowserSession browser = this.sessions.browser(this.mvc);
		browser.perform(formLogin("/login").userParameter("email").user(email).password(TestAccounts.PASSWORD))
			.andExpect(this.sessions.authenticatedAs(email));
		return browser;
	}

	static MockHttpServletRequestBuilder newSet(String password) {
		return post("/account/recovery-codes").with(csrf()).param("codesPassword", password);
	}

}
