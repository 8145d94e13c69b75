package app.rekindle.account.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import app.rekindle.account.AccountService;
import app.rekindle.account.AccountUser;
import app.rekindle.testsupport.JournalTest;
import app.rekindle.testsupport.StoredSessions;
import app.rekindle.testsupport.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@JournalTest
class AccountSettingsControllerTests {

	private static final String NEW_PASSWORD = "a brighter kind of quiet";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private AccountService accountService;

	@Autowired
	private StoredSessions sessions;

	@Test
	void showsTheEmailAndTheCurrentTimeZone() throws Exception {
		AccountUser user = this.accounts.create();
		this.mvc.perform(get("/account").with(user(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(user.getUsername())))
			.andExpect(content().string(containsString("<option value=\"Europe/Berlin\" selected=\"selected\">")));
	}

	@Test
	void changesThePasswordWhenTheCurrentOneIsRight() throws Exception {
		AccountUser user = this.accounts.create();
		this.mvc.perform(changePassword(user, TestAccounts.PASSWORD, NEW_PASSWORD, NEW_PASSWORD))
			.andExpect(redirectedUrl("/account"))
			.andExpect(flash().attribute("notice", "account.password.saved"));

		this.mvc.perform(formLogin("/login").userParameter("email").user(user.getUsername()).password(NEW_PASSWORD))
			.andExpect(this.sessions.authenticatedAs(user.getUsername()));
		this.mvc
			.perform(formLogin("/login").userParameter("email").user(user.getUsername()).password(TestAccounts.PASSWORD))
			.andExpect(this.sessions.unauthenticated());
	}

	@Test
	void refusesAWrongCurrentPassword() throws Exception {
		AccountUser user = this.accounts.create();
		this.mvc.perform(changePassword(user, "not my password at all", NEW_PASSWORD, NEW_PASSWORD))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("passwordForm", "currentPassword", "password.current.wrong"))
			.andExpect(content().string(containsString("That is not your current password.")));

		this.mvc.perform(formLogin("/login").userParameter("email").user(user.getUsername()).password(TestAccounts.PASSWORD))
			.andExpect(this.sessions.authenticatedAs(user.getUsername()));
	}

	@Test
	void appliesThePasswordRulesToTheNewPassword() throws Exception {
		AccountUser user = this.accounts.create();
		this.mvc.perform(changePassword(user, TestAccounts.PASSWORD, "qwertyuiop", "qwertyuiop"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("passwordForm", "newPassword", "AcceptablePassword"))
			.andExpect(content().string(containsString("list of very common passwords")));
		this.mvc.perform(changePassword(user, TestAccounts.PASSWORD, NEW_PASSWORD, "something else entirely"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("passwordForm", "newPasswordConfirmation", "password.mismatch"));
		this.mvc.perform(changePassword(user, "", NEW_PASSWORD, NEW_PASSWORD))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please enter your current password.")));
	}

	@Test
	void changesTheTimeZone() throws Exception {
		AccountUser user = this.accounts.create();
		this.mvc.perform(post("/account/time-zone").with(user(user)).with(csrf()).param("timeZone", "Asia/Tokyo"))
			.andExpect(redirectedUrl("/account"));
		assertThat(this.accountService.get(user.accountId()).getTimeZone().getId()).isEqualTo("Asia/Tokyo");
	}

	@Test
	void refusesAnUnknownTimeZoneOnTheSamePage() throws Exception {
		AccountUser user = this.accounts.create();
		this.mvc.perform(post("/account/time-zone").with(user(user)).with(csrf()).param("timeZone", "Nowhere/Town"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please choose a time zone from the list.")));
		assertThat(this.accountService.get(user.accountId()).getTimeZone().getId()).isEqualTo("Europe/Berlin");
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder changePassword(
			AccountUser user, String current, String next, String confirmation) {
		return post("/account/password").with(user(user))
			.with(csrf())
			.param("currentPassword", current)
			.param("newPassword", next)
			.param("newPasswordConfirmation", confirmation);
	}

}
