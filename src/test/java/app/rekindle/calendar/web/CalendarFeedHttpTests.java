package app.rekindle.calendar.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.rekindle.account.AccountUser;
import app.rekindle.calendar.CalendarFeedService;
import app.rekindle.testsupport.ServerTest;
import app.rekindle.testsupport.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feed's address on a real server, where error pages are rendered and the log is written: an
 * address that leads nowhere gets the ordinary page, and the secret in it is never repeated back,
 * neither in a page nor in the log.
 */
@ServerTest
@ExtendWith(OutputCaptureExtension.class)
class CalendarFeedHttpTests {

	private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	@LocalServerPort
	private int port;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private CalendarFeedService feeds;

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void servesTheFeedToACalendarAppWithoutSigningIn() throws Exception {
		AccountUser user = this.accounts.create();
		String token = this.feeds.turnOnOrChange(user.accountId(), LocalTime.of(20, 0)).token();

		HttpResponse<String> response = get("/calendar/" + token + ".ics", "text/calendar");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/calendar;charset=UTF-8");
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
		assertThat(response.body()).startsWith("BEGIN:VCALENDAR\r\n").contains("SUMMARY:Daily note\r\n");

		List<String> uids = uids(response.body());
		assertThat(uids).singleElement().satisfies((uid) -> assertThat(uid).matches("UID:[0-9a-f]{32}"));
		assertThat(uids(get("/calendar/" + token + ".ics", "text/calendar").body()))
			.as("fetched again, the same event: the calendar app updates it instead of adding a copy")
			.isEqualTo(uids);
	}

	private static List<String> uids(String calendar) {
		return calendar.lines().filter((line) -> line.startsWith("UID:")).toList();
	}

	@ParameterizedTest
	@ValueSource(strings = { BROWSER_ACCEPT, "text/calendar", "*/*", "application/json" })
	void showsTheOrdinaryNotFoundPageForAReplacedAddressAndNeverRepeatsIt(String accept, CapturedOutput output)
			throws Exception {
		AccountUser user = this.accounts.create();
		String old = this.feeds.turnOnOrChange(user.accountId(), LocalTime.of(20, 0)).token();
		String renewed = this.feeds.newAddress(user.accountId()).orElseThrow().token();

		HttpResponse<String> response = get("/calendar/" + old + ".ics", accept);
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).doesNotContain(old, renewed, "/calendar/");
		if (accept.equals(BROWSER_ACCEPT)) {
			assertThat(response.body()).contains("This page isn't here", "Quick exit");
		}
		assertThat(get("/calendar/" + renewed + ".ics", accept).statusCode()).isEqualTo(200);
		assertThat(output.getAll()).doesNotContain(old, renewed);
	}

	private HttpResponse<String> get(String path, String accept) throws Exception {
		return this.client.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).header("Accept", accept).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
