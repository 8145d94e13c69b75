package app.rekindle.account.web;

import org.junit.jupiter.api.Test;

import app.rekindle.testsupport.Browser;
import app.rekindle.testsupport.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class DeleteAccountBrowserTests {

	@Test
	void offersTheDownloadsAndDeletesTheAccountOnceThePasswordConfirmsIt(Browser browser) {
		browser.open("/signup")
			.type("Email", "linnet.leaving@example.org")
			.type("Password", "a window left open")
			.type("Password again", "a window left open")
			.press("Create my journal");
		browser.open("/account");
		assertThat(browser.text()).contains("Your data", "Download as a document you can read",
				"Download as data for other programs", "Delete your account", "It cannot be undone");
		browser.resize(Browser.PHONE).screenshot("account-your-data-phone");
		browser.resize(Browser.DESKTOP).screenshot("account-your-data-desktop");

		browser.type("Your password", "not the one").press("Delete my account and everything in it");
		assertThat(browser.path()).isEqualTo("/account/delete");
		assertThat(browser.text()).contains("That is not your password, so nothing has been deleted.");
		assertThat(browser.field("Your password").getDomProperty("value")).isEmpty();
		browser.resize(Browser.PHONE).screenshot("account-delete-refused-phone");
		browser.resize(Browser.DESKTOP);

		browser.type("Your password", "a window left open").press("Delete my account and everything in it");
		assertThat(browser.path()).isEqualTo("/?account-deleted");
		assertThat(browser.text()).contains("Your account and everything you wrote in it have been deleted.");
		browser.screenshot("account-deleted-desktop");

		browser.open("/dashboard");
		assertThat(browser.path()).isEqualTo("/login");
		browser.type("Email", "linnet.leaving@example.org").type("Password", "a window left open").press("Log in");
		assertThat(browser.path()).isEqualTo("/login?error");
	}

}
