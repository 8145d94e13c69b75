package app.rekindle.calendar.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import app.rekindle.testsupport.Browser;
import app.rekindle.testsupport.BrowserTest;
import app.rekindle.testsupport.WithoutJavaScript;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class CalendarBrowserTests {

	private static final String ADDRESS = "http://localhost:\\d+/calendar/[A-Za-z0-9_-]{43}\\.ics";

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void turnsTheFeedOnCopiesItsAddressMakesANewOneAndTurnsItOff(Browser browser) throws Exception {
		browser.signUp("plover@example.org", "a quiet lake at dawn");
		browser.open("/account");
		assertThat(browser.text()).contains("Calendar", "Nothing you write here ever goes into it",
				"\"Daily note\" and \"Goal day\"");
		assertThat(browser.field("Daily check-in reminder").getDomProperty("value")).isEqualTo("20:00");
		browser.resize(Browser.PHONE).screenshot("calendar-off-phone");
		browser.resize(Browser.DESKTOP);

		time(browser, "07:30");
		browser.press("Turn on the calendar feed");
		assertThat(browser.path()).as("back at the section, far down on a phone").isEqualTo("/account#calendar");
		assertThat(browser.text()).contains("Your calendar feed is on.");
		String first = address(browser).getText();
		assertThat(first).matches(ADDRESS);
		assertThat(subscribeLink(browser).getDomAttribute("href")).isEqualTo(first.replace("http:", "webcal:"));
		assertThat(browser.field("Daily check-in reminder").getDomProperty("value")).isEqualTo("07:30");
		HttpResponse<String> feed = fetch(first);
		assertThat(feed.statusCode()).isEqualTo(200);
		assertThat(feed.body()).contains("DTSTART;TZID=" + Browser.TIME_ZONE + ":", "T073000\r\n", "SUMMARY:Daily note");

		WebElement copy = copyButton(browser);
		assertThat(copy.isDisplayed()).as("with JavaScript, the Copy button is there").isTrue();
		WebElement status = browser.driver().findElement(By.id("calendar-address-status"));
		assertThat(status.getDomAttribute("aria-live")).isEqualTo("polite");
		assertThat(status.getText()).isEmpty();
		copy.click();
		browser.waitUpTo(Duration.ofSeconds(5)).until((driver) -> !status.getText().isEmpty());
		assertThat(status.getText()).startsWith("Copied.");
		assertThat(clipboard(browser)).isEqualTo(first);
		browser.resize(Browser.PHONE);
		assertThat(fitsTheWindow(browser)).as("the address wraps on a phone instead of widening the page").isTrue();
		browser.screenshot("calendar-on-phone");
		browser.resize(Browser.DESKTOP).screenshot("calendar-on-desktop");

		time(browser, "");
		browser.press("Save reminder time");
		assertThat(browser.path()).isEqualTo("/account/calendar#calendar");
		assertThat(browser.text()).contains("Please choose a time for the daily reminder");
		assertThat(address(browser).getText()).isEqualTo(first);
		browser.resize(Browser.PHONE).screenshot("calendar-error-phone");
		browser.resize(Browser.DESKTOP);

		browser.press("Make a new address");
		String second = address(browser).getText();
		assertThat(second).isNotEqualTo(first).matches(ADDRESS);
		assertThat(fetch(first).statusCode()).isEqualTo(404);
		assertThat(fetch(second).statusCode()).isEqualTo(200);

		browser.press("Turn off the calendar feed");
		assertThat(browser.text()).contains("Your calendar feed is off").doesNotContain(second);
		assertThat(browser.all("a[href^='webcal:']")).isEmpty();
		assertThat(fetch(second).statusCode()).isEqualTo(404);
	}

	@Test
	@WithoutJavaScript
	void showsTheWholeAddressToSelectAndTheSubscribeLinkWithoutJavaScript(Browser browser) throws Exception {
		browser.open("/signup")
			.type("Email", "dunlin@example.org")
			.type("Password", "a quiet lake at dawn")
			.type("Password again", "a quiet lake at dawn")
			.select("Your time zone", "Sao Paulo")
			.press("Create my journal");
		browser.open("/account");
		time(browser, "21:15");
		browser.press("Turn on the calendar feed");

		WebElement address = address(browser);
		String url = address.getText();
		assertThat(url).matches(ADDRESS);
		assertThat(address.isDisplayed()).isTrue();
		assertThat(address.getCssValue("user-select")).as("one tap selects all of it").isEqualTo("all");
		assertThat(subscribeLink(browser).getDomAttribute("href")).isEqualTo(url.replace("http:", "webcal:"));
		assertThat(copyButton(browser).isDisplayed()).as("no Copy button that could not work").isFalse();
		assertThat(browser.text()).doesNotContain("Copy address");
		assertThat(fetch(url).body()).contains("DTSTART;TZID=" + Browser.TIME_ZONE + ":", "T211500\r\n");

		browser.resize(Browser.PHONE);
		assertThat(fitsTheWindow(browser)).as("the address wraps on a phone instead of widening the page").isTrue();
		browser.screenshot("calendar-on-phone-without-js");
		browser.resize(Browser.DESKTOP).screenshot("calendar-on-desktop-without-js");
	}

	private static WebElement address(Browser browser) {
		return browser.driver().findElement(By.id("calendar-address"));
	}

	private static WebElement subscribeLink(Browser browser) {
		return browser.driver().findElement(By.linkText("Add to my calendar"));
	}

	private static WebElement copyButton(Browser browser) {
		return browser.driver().findElement(By.cssSelector("button[data-copy='calendar-address']"));
	}

	/** What the page put on the clipboard, read back (a permission only this test gives itself). */
	private static String clipboard(Browser browser) {
		((ChromeDriver) browser.driver()).setPermission("clipboard-read", "granted");
		return (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
				"var done = arguments[arguments.length - 1];"
						+ "navigator.clipboard.readText().then(done, function (e) { done('unreadable: ' + e); });");
	}

	private static boolean fitsTheWindow(Browser browser) {
		return (Boolean) ((JavascriptExecutor) browser.driver())
			.executeScript("return document.documentElement.scrollWidth <= window.innerWidth");
	}

	private static void time(Browser browser, String value) {
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
				browser.field("Daily check-in reminder"), value);
	}

	private HttpResponse<String> fetch(String url) throws Exception {
		return this.client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
	}

}
