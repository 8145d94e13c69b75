package app.rekindle.account.web;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.rekindle.account.AccountService;
import app.rekindle.account.AccountUser;
import app.rekindle.account.RecoveryCodes;
import app.rekindle.testsupport.JournalTest;
import app.rekindle.testsupport.MutableClock;
import app.rekindle.testsupport.MutableClockConfiguration;
import app.rekindle.testsupport.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A new password, a new set of codes and deleting the account ask for the current password, and pause
 * after five wrong ones in fifteen minutes, as log-in does: even the right one waits.
 */
@JournalTest
class CurrentPasswordPauseTests {

	private static final String NEW_PASSWORD = "a brighter kind of quiet";

	static final String PAUSED = "For your safety, this is paused for a while after several passwords that did not match.";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private AccountService accountService;

	@Autowired
	private RecoveryCodes recoveryCodes;

	@Autowired
	private MutableClock clock;

	private AccountUser person;

	@BeforeEach
	void anAccount() {
		this.clock.set(MutableClockConfiguration.START);
		this.person = this.accounts.create();
	}

	@Test
	void changingThePasswordPausesAfterFiveWrongOnes() throws Exception {
		for (int i = 0; i < 4; i++) {
			this.mvc.perform(changePassword("wrong guess " + i))
				.andExpect(model().attributeHasFieldErrorCode("passwordForm", "currentPassword", "password.current.wrong"));
		}
		this.mvc.perform(changePassword("wrong guess 5"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("passwordForm", "currentPassword", "password.current.paused"))
			.andExpect(content().string(containsString(PAUSED)))
			.andExpect(content().string(containsString("Please try again in 15 minutes.")));

		this.mvc.perform(changePassword(TestAccounts.PASSWORD))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(PAUSED)));

		this.clock.advance(Duration.ofMinutes(15));
		this.mvc.perform(changePassword(TestAccounts.PASSWORD)).andExpect(redirectedUrl("/account"));
	}

	@Test
	void deletingTheAccountPausesAfterFiveWrongOnesAndDeletesNothing() throws Exception {
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(delete("wrong guess " + i)).andExpect(status().isOk());
		}
		this.mvc.perform(delete(TestAccounts.PASSWORD))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("deleteForm", "password", "account.delete.password.paused"))
			.andExpect(content().string(containsString("so nothing has been deleted. Please try again in 15 minutes.")));
		assertThat(this.accountService.get(this.person.accountId())).isNotNull();
	}

	@Test
	void theFormsShareOneCountSoGuessesCannotBeSpreadAcrossThem() throws Exception {
		this.mvc.perform(changePassword("wrong guess 1"));
		this.mvc.perform(changePassword("wrong guess 2"));
		this.mvc.perform(delete("wrong guess 3"));
		this.mvc.perform(RecoveryCodesSectionTests.newSet("wrong guess 4").with(user(this.person)));
		this.mvc.perform(RecoveryCodesSectionTests.newSet("wrong guess 5").with(user(this.person)))
			.andExpect(model().attributeHasFieldErrorCode("recoveryCodesForm", "codesPassword", "password.current.paused"));
		assertThat(this.recoveryCodes.left(this.person.accountId())).isZero();
	}

	@Test
	void theRightPasswordClearsTheCount() throws Exception {
		for (int i = 0; i < 4; i++) {
			this.mvc.perform(changePassword("wrong guess " + i));
		}
		this.mvc.perform(RecoveryCodesSectionTests.newSet(TestAccounts.PASSWORD).with(user(this.person)))
			.andExpect(redirectedUrl("/account/recovery-codes"));
		for (int i = 0; i < 4; i++) {
			this.mvc.perform(changePassword("wrong guess " + i))
				.andExpect(model().attributeHasFieldErrorCode("passwordForm", "currentPassword", "password.current.wrong"));
		}
	}

	@Test
	void onePersonsPauseIsNotAnothers() throws Exception {
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(changePassword("wrong guess " + i));
		}
		AccountUser other = this.accounts.create();
		this.mvc.perform(post("/account/password").with(user(other)).with(csrf())
				.param("currentPassword", TestAccounts.PASSWORD)
				.param("newPassword", NEW_PASSWORD)
				.param("newPasswordConfirmation", NEW_PASSWORD))
			.andExpect(redirectedUrl("/account"));
	}

	private MockHttpServletRequestBuilder changePassword(String current) {
		return post("/account/password").with(user(this.person))
			.with(csrf())
			.param("currentPassword", current)
			.param("newPassword", NEW_PASSWORD)
			.param("newPasswordConfirmation", NEW_PASSWORD);
	}

	private MockHttpServletRequestBuilder delete(String password) {
		return post("/account/delete").with(user(this.person)).with(csrf()).param("password", password);
	}

}
