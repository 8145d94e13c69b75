package app.rekindle.account.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import app.rekindle.testsupport.Browser;
import app.rekindle.testsupport.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole way back in without email, in Chromium: sign up and see the codes, write something, sign
 * out, then "Can't log in?" with a code and a new password, and find what was written still there.
 */
@BrowserTest
class RecoveryBrowserTests {

	private static final Pattern CODE = Pattern.compile("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}");

	private static final String EMAIL = "sparrow.returns@example.org";

	@Test
	void aRecoveryCodeAndANewPasswordOpenTheJournalJustAsItWas(Browser browser) {
		browser.open("/signup")
			.type("Email", EMAIL)
			.type("Password", "an old song on the radio")
			.type("Password again", "an old song on the radio")
			.select("Your time zone", "Sao Paulo")
			.press("Create my journal");
		assertThat(browser.path()).isEqualTo("/account/recovery-codes");
		assertThat(browser.heading()).isEqualTo("Your recovery codes");
		List<String> codes = CODE.matcher(browser.text()).results().map((match) -> match.group()).toList();
		assertThat(codes).hasSize(10);
		assertThat(browser.text()).contains("Save as a text file", "This is the only time we can show them.");
		if (browser.javaScriptEnabled()) {
			assertThat(browser.text()).contains("Print them");
		}
		browser.resize(Browser.PHONE).screenshot("recovery-codes-phone");
		browser.resize(Browser.DESKTOP).screenshot("recovery-codes-desktop");

		browser.open("/account/recovery-codes");
		assertThat(CODE.matcher(browser.text()).find()).as("shown only once").isFalse();
		browser.follow("Continue to your journal");
		assertThat(browser.path()).isEqualTo("/dashboard");

		LocalDate today = LocalDate.now(ZoneId.of(Browser.TIME_ZONE));
		browser.press("Begin a journey")
			.type("Their first name or initials", "Noor")
			.date("When did it end?", today.minusDays(40))
			.date("When were you last in touch?", today.minusDays(20))
			.press("Begin")
			.press("Write down why it ended");
		browser.select("Cause", "Communication").type("What happened", "We stopped listening to each other.").press("Save");
		String entries = browser.path();
		assertThat(browser.text()).contains("We stopped listening to each other.");
		browser.press("Log out");

		browser.open("/login").follow("Can't log in?");
		assertThat(browser.heading()).isEqualTo("Can't log in?");
		browser.resize(Browser.PHONE).screenshot("recover-phone");
		browser.resize(Browser.DESKTOP).screenshot("recover-desktop");
		browser.type("Email", EMAIL)
			.type("Recovery code", "2222-3333-4444")
			.type("New password", "a new page, a new day")
			.type("New password again", "a new page, a new day")
			.press("Choose my new password");
		assertThat(browser.text()).contains("That email and recovery code do not go together.");
		assertThat(browser.field("Email").getDomProperty("value")).isEqualTo(EMAIL);
		assertThat(browser.field("Recovery code").getDomProperty("value")).isEmpty();
		browser.resize(Browser.PHONE).screenshot("recover-refused-phone");
		browser.resize(Browser.DESKTOP);

		browser.type("Recovery code", codes.get(4).toUpperCase())
			.type("New password", "a new page, a new day")
			.type("New password again", "a new page, a new day")
			.press("Choose my new password");
		assertThat(browser.path()).isEqualTo("/account/recovered");
		assertThat(browser.text()).contains("You are back in.", "You have 9 recovery codes left.");
		browser.resize(Browser.PHONE).screenshot("recovered-phone");
		browser.resize(Browser.DESKTOP);

		browser.open(entries);
		assertThat(browser.text()).contains("We stopped listening to each other.");

		browser.open("/account");
		assertThat(browser.text()).contains("Recovery codes", "You have 9 recovery codes left.", "Make a new set");
		browser.resize(Browser.PHONE).open("/account#recovery-codes").screenshot("account-recovery-codes-phone");
		browser.resize(Browser.DESKTOP).open("/account#recovery-codes").screenshot("account-recovery-codes-desktop");
	}

}
