package app.rekindle.account.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import app.rekindle.testsupport.Browser;
import app.rekindle.testsupport.BrowserTest;
import app.rekindle.testsupport.WithoutJavaScript;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class SignUpBrowserTests {

	@Test
	void signsUpLogsOutAndLogsBackInWithTheQuickExitAlwaysThere(Browser browser) {
		browser.open("/");
		assertThat(browser.heading()).isEqualTo("A quiet place to think it through");
		assertThat(browser.all("a.quick-exit")).hasSize(1);

		browser.press("Start your journal");
		assertThat(browser.heading()).isEqualTo("Start your journal");
		assertThat(browser.selectedValue("Your time zone")).as("the browser's own zone is preselected")
			.isEqualTo(Browser.TIME_ZONE);
		assertThat(browser.text()).contains("Filled in from this device's settings.");
		browser.resize(Browser.PHONE).screenshot("signup-phone");
		browser.resize(Browser.DESKTOP).screenshot("signup-desktop");
		browser.type("Email", "river@example.org")
			.type("Password", "a quiet lake at dawn")
			.type("Password again", "a quiet lake at dawn")
			.select("Your time zone", "Lisbon")
			.press("Create my journal");

		assertThat(browser.path()).isEqualTo("/account/recovery-codes");
		assertThat(browser.text()).contains("Welcome. Your journal is ready, and it is yours alone.", "Your recovery codes");
		browser.follow("Continue to your journal");
		assertThat(browser.path()).isEqualTo("/dashboard");
		assertThat(browser.text()).contains("How this journal works");
		assertThat(browser.all("a.quick-exit")).hasSize(1);

		browser.press("Log out");
		assertThat(browser.text()).contains("You are logged out.");
		browser.open("/dashboard");
		assertThat(browser.path()).isEqualTo("/login");

		browser.type("Email", "river@example.org").type("Password", "a quiet lake at dawn").press("Log in");
		assertThat(browser.path()).isEqualTo("/dashboard");
		assertThat(browser.all("a.quick-exit")).singleElement()
			.satisfies((exit) -> assertThat(exit.getText()).isEqualTo("Quick exit"));
	}

	@Test
	void keepsTheZoneTheBrowserFilledInWhenSignUpIsRefused(Browser browser) {
		browser.open("/signup")
			.type("Email", "heron@example.org")
			.type("Password", "short")
			.type("Password again", "short")
			.press("Create my journal");

		assertThat(browser.text()).contains("at least 10 characters");
		assertThat(browser.selectedValue("Your time zone")).isEqualTo(Browser.TIME_ZONE);
		assertThat(browser.field("Email").getDomProperty("value")).isEqualTo("heron@example.org");
	}

	@Test
	@WithoutJavaScript
	void withoutJavaScriptAsksForTheZoneAndKeepsEverythingTypedUntilItIsChosen(Browser browser) {
		browser.open("/signup");
		assertThat(browser.selectedValue("Your time zone")).as("nothing chosen unseen").isEmpty();
		Select zones = new Select(browser.field("Your time zone"));
		assertThat(zones.getFirstSelectedOption().getText()).isEqualTo("Choose your time zone");
		assertThat(browser.text()).doesNotContain("Filled in from this device's settings.");
		browser.resize(Browser.PHONE).screenshot("signup-phone-without-js");
		browser.resize(Browser.DESKTOP).screenshot("signup-desktop-without-js");

		browser.type("Email", "egret@example.org")
			.type("Password", "a quiet lake at dawn")
			.type("Password again", "a quiet lake at dawn")
			.press("Create my journal");
		assertThat(browser.path()).isEqualTo("/signup");
		assertThat(browser.text()).contains("Please choose your time zone, so that your days begin at your own midnight.");
		assertThat(browser.field("Your time zone").getDomAttribute("aria-invalid")).isEqualTo("true");
		assertThat(browser.field("Email").getDomProperty("value")).isEqualTo("egret@example.org");
		browser.resize(Browser.PHONE).screenshot("signup-error-phone-without-js");
		browser.resize(Browser.DESKTOP);

		browser.select("Your time zone", "Sao Paulo")
			.type("Password", "a quiet lake at dawn")
			.type("Password again", "a quiet lake at dawn")
			.press("Create my journal");
		assertThat(browser.path()).isEqualTo("/account/recovery-codes");
		browser.open("/account");
		assertThat(browser.selectedValue("Your time zone")).as("the chosen zone is the account's").isEqualTo("America/Sao_Paulo");
	}

	@Test
	void keepsTheTypedEmailWhenSignUpIsRefused(Browser browser) {
		browser.open("/signup")
			.type("Email", "kestrel@example.org")
			.type("Password", "password123")
			.type("Password again", "password123")
			.press("Create my journal");

		assertThat(browser.path()).isEqualTo("/signup");
		assertThat(browser.text()).contains("This password is on a list of very common passwords");
		assertThat(browser.field("Email").getDomProperty("value")).isEqualTo("kestrel@example.org");
		assertThat(browser.field("Password").getDomProperty("value")).isEmpty();
	}

}
