package app.rekindle.account.web;

import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import app.rekindle.account.AccountUser;
import app.rekindle.account.RecoveryCodes;
import app.rekindle.testsupport.MutableClock;
import app.rekindle.testsupport.MutableClockConfiguration;
import app.rekindle.testsupport.StoredSessions;
import app.rekindle.testsupport.TestAccounts;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * The limits per network address, whatever the emails, with low limits so the test stays short. The
 * same settings as {@link SignUpLimitTests}, so both share one application context.
 */
@SpringBootTest(properties = { "rekindle.security.signup.max-per-client=2", "rekindle.security.signup.window=1h",
		"rekindle.security.login.max-failures-per-address=6", "rekindle.security.recovery.max-failures-per-address=4" })
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class ThrottlePerAddressTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private MutableClock clock;

	@Autowired
	private StoredSessions sessions;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private RecoveryCodes recoveryCodes;

	@Test
	void oneAddressCannotTryAPasswordAcrossManyEmails() throws Exception {
		this.clock.set(MutableClockConfiguration.START.plus(java.time.Duration.ofDays(5)));
		String address = "192.0.2.10";
		for (int i = 0; i < 6; i++) {
			this.mvc.perform(LoginFromTwoAddressesTests.logIn(TestAccounts.uniqueEmail(), "password one two", address))
				.andExpect(redirectedUrl("/login?error"));
		}
		String email = TestAccounts.uniqueEmail();
		this.accounts.create(email, ZoneId.of("UTC"));
		this.mvc.perform(LoginFromTwoAddressesTests.logIn(email, TestAccounts.PASSWORD, address))
			.andExpect(redirectedUrl("/login?paused"))
			.andExpect(this.sessions.unauthenticated());

		this.mvc.perform(LoginFromTwoAddressesTests.logIn(email, TestAccounts.PASSWORD, "192.0.2.11"))
			.andExpect(this.sessions.authenticatedAs(email));
	}

	@Test
	void oneAddressCannotTryCodesAcrossManyEmails() throws Exception {
		this.clock.set(MutableClockConfiguration.START.plus(java.time.Duration.ofDays(6)));
		String address = "192.0.2.20";
		for (int i = 0; i < 3; i++) {
			this.mvc.perform(CantLogInTests.recover(TestAccounts.uniqueEmail(), "2222-3333-4444", CantLogInTests.NEW_PASSWORD)
					.with(LoginFromTwoAddressesTests.from(address)))
				.andExpect(content().string(containsString(CantLogInTests.REFUSED)));
		}
		this.mvc.perform(CantLogInTests.recover(TestAccounts.uniqueEmail(), "2222-3333-4444", CantLogInTests.NEW_PASSWORD)
				.with(LoginFromTwoAddressesTests.from(address)))
			.andExpect(content().string(containsString("paused for a while after several codes")));

		AccountUser person = this.accounts.create(TestAccounts.uniqueEmail(), ZoneId.of("UTC"));
		List<String> codes = this.recoveryCodes.issue(person.accountId());
		this.mvc.perform(CantLogInTests.recover(person.getUsername(), codes.get(0), CantLogInTests.NEW_PASSWORD)
				.with(LoginFromTwoAddressesTests.from(address)))
			.andExpect(content().string(containsString("paused for a while after several codes")));
		this.mvc.perform(CantLogInTests.recover(person.getUsername(), codes.get(0), CantLogInTests.NEW_PASSWORD)
				.with(LoginFromTwoAddressesTests.from("192.0.2.21")))
			.andExpect(redirectedUrl("/account/recovered"));
	}

}
