package app.rekindle.calendar.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import app.rekindle.testsupport.Browser;
import app.rekindle.testsupport.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class CalendarBrowserTests {

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void turnsTheFeedOnCopiesItsAddressMakesANewOneAndTurnsItOff(Browser browser) throws Exception {
		browser.open("/signup")
			.type("Email", "plover@example.org")
			.type("Password", "a quiet lake at dawn")
			.type("Password again", "a quiet lake at dawn")
			.press("Create my journal");
		browser.open("/account");
		assertThat(browser.text()).contains("Calendar", "Nothing you write here ever goes into it");
		assertThat(browser.field("Daily check-in reminder").getDomProperty("value")).isEqualTo("20:00");
		browser.resize(Browser.PHONE).screenshot("calendar-off-phone");
		browser.resize(Browser.DESKTOP);

		time(browser, "07:30");
		browser.press("Turn on the calendar feed");
		assertThat(browser.path()).as("back at the section, far down on a phone").isEqualTo("/account#calendar");
		assertThat(browser.text()).contains("Your calendar feed is on.");
		WebElement address = browser.field("Your calendar address");
		assertThat(address.getDomAttribute("readonly")).isNotNull();
		String first = address.getDomProperty("value");
		assertThat(first).matches("http://localhost:\\d+/calendar/[A-Za-z0-9_-]{43}\\.ics");
		assertThat(browser.field("Daily check-in reminder").getDomProperty("value")).isEqualTo("07:30");
		HttpResponse<String> feed = fetch(first);
		assertThat(feed.statusCode()).isEqualTo(200);
		assertThat(feed.body()).contains("DTSTART;TZID=" + Browser.TIME_ZONE + ":", "T073000\r\n", "SUMMARY:Check-in");
		browser.resize(Browser.PHONE).screenshot("calendar-on-phone");
		browser.resize(Browser.DESKTOP).screenshot("calendar-on-desktop");

		time(browser, "");
		browser.press("Save reminder time");
		assertThat(browser.path()).isEqualTo("/account/calendar#calendar");
		assertThat(browser.text()).contains("Please choose a time for the daily reminder");
		assertThat(browser.field("Your calendar address").getDomProperty("value")).isEqualTo(first);
		browser.resize(Browser.PHONE).screenshot("calendar-error-phone");
		browser.resize(Browser.DESKTOP);

		browser.press("Make a new address");
		String second = browser.field("Your calendar address").getDomProperty("value");
		assertThat(second).isNotEqualTo(first);
		assertThat(fetch(first).statusCode()).isEqualTo(404);
		assertThat(fetch(second).statusCode()).isEqualTo(200);

		browser.press("Turn off the calendar feed");
		assertThat(browser.text()).contains("Your calendar feed is off").doesNotContain(second);
		assertThat(fetch(second).statusCode()).isEqualTo(404);
	}

	private static void time(Browser browser, String value) {
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
				browser.field("Daily check-in reminder"), value);
	}

	private HttpResponse<String> fetch(String url) throws Exception {
		return this.client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
	}

}
