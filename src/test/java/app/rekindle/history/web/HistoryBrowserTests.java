package app.rekindle.history.web;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import app.rekindle.testsupport.Browser;
import app.rekindle.testsupport.BrowserTest;
import app.rekindle.testsupport.EveryKindFixture;
import app.rekindle.testsupport.MutableClock;
import app.rekindle.testsupport.MutableClockConfiguration;
import app.rekindle.testsupport.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/** Rereading in a real browser: from the History calendar to a day, with the keyboard, and a search. */
@BrowserTest
class HistoryBrowserTests {

	@Autowired
	private EveryKindFixture fixture;

	@Autowired
	private MutableClock clock;

	@BeforeEach
	void startOfTheStory() {
		this.clock.set(MutableClockConfiguration.START);
	}

	@Test
	void followsACalendarDayWithTheKeyboardToThatDaysNoteAndSearchesEverything(Browser browser) {
		EveryKindFixture.Created lark = this.fixture.create("Lark");
		browser.driver().manage().deleteAllCookies();
		browser.open("/login").type("Email", lark.user().getUsername()).type("Password", TestAccounts.PASSWORD).press("Log in");

		browser.open("/history");
		assertThat(browser.heading()).isEqualTo("History");
		browser.resize(Browser.PHONE).screenshot("rereading-history-phone");
		browser.resize(Browser.DESKTOP).screenshot("rereading-history-desktop");

		WebElement day = tabUntil(browser, "/history/" + lark.firstDay());
		assertThat(day.getDomProperty("textContent")).as("the day's link is named in words").contains("Thursday 1 October: mood 4 of 5 (good)");
		day.sendKeys(Keys.ENTER);
		browser.waitUpTo(Duration.ofSeconds(10))
			.until((driver) -> browser.path().equals("/history/" + lark.firstDay()));
		assertThat(browser.heading()).isEqualTo("Thursday 1 October 2026");
		assertThat(browser.text()).contains("Lark today", "# Not a heading", "Lark dear you", "strength 7 of 10",
				"Also written this day", "Lark run 5k");
		browser.resize(Browser.PHONE).screenshot("rereading-day-phone");
		browser.resize(Browser.DESKTOP).screenshot("rereading-day-desktop");

		browser.follow("← Wednesday 30 September");
		assertThat(browser.text()).contains("Nothing was written on this day, and that is all right.");

		browser.open("/history").type("Search everything you wrote", "Lark").press("Search");
		assertThat(browser.text()).contains("34 results.", "Apology: what I did", "Unsent letter");
		browser.resize(Browser.PHONE).screenshot("rereading-search-phone");
		browser.resize(Browser.DESKTOP).screenshot("rereading-search-desktop");
		browser.follow("Unsent letter, Thursday 1 October 2026");
		assertThat(browser.heading()).isEqualTo("An unsent letter");
		browser.open("/letters").resize(Browser.PHONE).screenshot("rereading-letters-phone");
	}

	/** Presses Tab from the top of the page until the link to {@code href} has the focus. */
	private static WebElement tabUntil(Browser browser, String href) {
		((org.openqa.selenium.JavascriptExecutor) browser.driver())
			.executeScript("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
		for (int i = 0; i < 120; i++) {
			WebElement active = browser.driver().switchTo().activeElement();
			active.sendKeys(Keys.TAB);
			WebElement now = browser.driver().switchTo().activeElement();
			if (href.equals(now.getDomAttribute("href"))) {
				return now;
			}
		}
		throw new AssertionError("Tab never reached the link to " + href);
	}

}
