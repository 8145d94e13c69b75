package app.rekindle.account.web;

import org.junit.jupiter.api.Test;

import app.rekindle.testsupport.Browser;
import app.rekindle.testsupport.BrowserTest;

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
		browser.type("Email", "river@example.org")
			.type("Password", "a quiet lake at dawn")
			.type("Password again", "a quiet lake at dawn")
			.select("Your time zone", "Europe / Lisbon")
			.press("Create my journal");

		assertThat(browser.path()).isEqualTo("/dashboard");
		assertThat(browser.text()).contains("Welcome. Your journal is ready, and it is yours alone.")
			.contains("How this journal works");
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
