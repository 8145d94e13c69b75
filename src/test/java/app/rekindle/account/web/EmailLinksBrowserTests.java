package app.rekindle.account.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ContextConfiguration;

import app.rekindle.account.AccountUser;
import app.rekindle.mail.Reminders;
import app.rekindle.testsupport.Browser;
import app.rekindle.testsupport.BrowserTest;
import app.rekindle.testsupport.MailServer;
import app.rekindle.testsupport.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With mail on, in Chromium: a sign-up confirmed from its e-mail, then a forgotten password set again from
 * another. A browser test with mail on needs a context of its own (the shared browser one has no SMTP server);
 * this is the only one.
 */
@BrowserTest
@ContextConfiguration(initializers = MailServer.Initializer.class)
class EmailLinksBrowserTests {

	private static final String SITE = "http://localhost:8080";

	@Autowired
	private Reminders reminders;

	@Autowired
	private UserDetailsService users;

	@Test
	void aSignUpConfirmedFromItsEmailAndAPasswordSetAgainFromAnother(Browser browser) {
		String email = TestAccounts.uniqueEmail();
		browser.submitSignUp(email, "a quiet lake at dawn");
		assertThat(browser.heading()).isEqualTo("Check your inbox");
		assertThat(browser.text()).contains(email);
		browser.resize(Browser.PHONE).screenshot("check-inbox-phone");
		browser.resize(Browser.DESKTOP).screenshot("check-inbox-desktop");

		browser.open(MailServer.linkPath(MailServer.one(email), SITE));
		assertThat(browser.heading()).isEqualTo("Open your journal");
		browser.resize(Browser.PHONE).screenshot("confirm-email-phone");
		browser.press("Confirm and open my journal");
		assertThat(browser.path()).isEqualTo("/account/recovery-codes");
		assertThat(browser.text()).contains("Welcome. Your journal is ready, and it is yours alone.", "Your recovery codes");
		browser.follow("Continue to your journal");
		assertThat(browser.path()).isEqualTo("/dashboard");

		browser.press("Log out");
		browser.open("/login").follow("Forgot your password?");
		assertThat(browser.heading()).isEqualTo("Forgot your password?");
		browser.resize(Browser.PHONE).screenshot("forgot-password-phone");
		browser.type("Email", email).press("Send me a link");
		assertThat(browser.text()).contains("If an account uses this address, a link is on its way.");

		browser.open(MailServer.linkPath(MailServer.await(email, 2).get(1), SITE));
		assertThat(browser.heading()).isEqualTo("Choose a new password");
		browser.resize(Browser.PHONE).screenshot("reset-password-phone");
		browser.resize(Browser.DESKTOP).screenshot("reset-password-desktop");
		browser.type("New password", "a brighter kind of quiet")
			.type("New password again", "a brighter kind of quiet")
			.press("Save my new password");
		assertThat(browser.path()).isEqualTo("/dashboard");
		assertThat(browser.text()).contains("Your new password is saved.");

		browser.open("/account").press("Turn on reminders");
		assertThat(browser.text()).contains("Reminders are on.");
		browser.resize(Browser.PHONE).screenshot("account-reminders-phone");
		browser.press("Log out");
		long accountId = ((AccountUser) this.users.loadUserByUsername(email)).accountId();
		browser.open("/unsubscribe/" + this.reminders.settings(accountId).orElseThrow().unsubscribeToken());
		assertThat(browser.heading()).isEqualTo("Stop the reminders?");
		browser.resize(Browser.PHONE).screenshot("unsubscribe-phone");
		browser.resize(Browser.DESKTOP).screenshot("unsubscribe-desktop");
		browser.press("Stop the reminders");
		assertThat(browser.heading()).isEqualTo("No more reminders");
		assertThat(this.reminders.settings(accountId)).isEmpty();
	}

}
