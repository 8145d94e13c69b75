package app.rekindle.account.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import app.rekindle.account.AccountService;
import app.rekindle.account.AccountUser;
import app.rekindle.testsupport.JournalTest;
import app.rekindle.testsupport.TestAccounts;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

@JournalTest
class AccountGoneTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private AccountService accountService;

	@Test
	void aSessionWhoseAccountWasDeletedElsewhereIsSignedOutGently() throws Exception {
		AccountUser user = this.accounts.create();
		this.accountService.delete(user.accountId(), TestAccounts.PASSWORD);

		this.mvc.perform(get("/dashboard").with(user(user))).andExpect(redirectedUrl("/?account-deleted"));
		this.mvc.perform(get("/account").with(user(user))).andExpect(redirectedUrl("/?account-deleted"));
	}

}
