package app.rekindle.system;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import app.rekindle.testsupport.ServerTest;
import app.rekindle.testsupport.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/** What only a real server shows: cookies as sent, and the error pages as rendered. */
@ServerTest
class HttpBehaviourTests {

	/** What a browser asks for when it follows a link or submits a form. */
	private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	private int port;

	@Autowired
	private TestAccounts accounts;

	private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@Test
	void aVisitorGetsAnHttpOnlySameSiteTokenCookieAndTheSessionCookieComesAtLogIn() throws Exception {
		String email = TestAccounts.uniqueEmail();
		this.accounts.create(email, java.time.ZoneId.of("UTC"));

		HttpResponse<String> loginPage = get("/login");
		assertThat(loginPage.headers().allValues("Set-Cookie")).as("a session for the log-in form")
			.noneMatch((cookie) -> cookie.startsWith("JOURNAL_SESSION="));
		assertThat(cookie(loginPage, "JOURNAL_CSRF=")).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContain("Secure");

		HttpResponse<String> loggedIn = post("/login", "email", email, "password", TestAccounts.PASSWORD, "_csrf",
				csrf(loginPage));
		assertThat(loggedIn.statusCode()).isEqualTo(302);
		String first = sessionCookie(loggedIn);
		assertThat(first).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContain("Secure");
		HttpResponse<String> dashboard = get("/dashboard");
		assertThat(dashboard.statusCode()).isEqualTo(200);

		HttpResponse<String> again = post("/login", "email", email, "password", TestAccounts.PASSWORD, "_csrf",
				csrf(dashboard));
		assertThat(again.statusCode()).isEqualTo(302);
		assertThat(sessionId(sessionCookie(again))).as("signing in over a session gives it a new id")
			.isNotEqualTo(sessionId(first));
		assertThat(get("/dashboard").statusCode()).isEqualTo(200);
	}

	@Test
	void showsAStyledNotFoundPageThatLeaksNothing() throws Exception {
		signIn();
		HttpResponse<String> response = get("/no/such/page");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("This page isn't here", "Quick exit", "/css/app")
			.doesNotContainIgnoringCase("exception")
			.doesNotContain("Whitelabel", "/no/such/page");
	}

	@Test
	void showsAStyledForbiddenPageWhenTheCsrfTokenIsMissing() throws Exception {
		signIn();
		HttpResponse<String> response = post("/account/time-zone", "timeZone", "Asia/Tokyo");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("That didn't go through", "Quick exit");
		assertThat(mainContent(response)).doesNotContainIgnoringCase("csrf")
			.doesNotContainIgnoringCase("token")
			.doesNotContainIgnoringCase("exception");
	}

	@Test
	void showsAStyledServerErrorPageThatLeaksNothing() throws Exception {
		signIn();
		HttpResponse<String> response = get("/test/fails");
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).contains("Something went wrong on our side", "Quick exit")
			.doesNotContain("secret detail", "IllegalStateException", "at app.rekindle");
	}

	private void signIn() throws Exception {
		String email = TestAccounts.uniqueEmail();
		this.accounts.create(email, java.time.ZoneId.of("UTC"));
		HttpResponse<String> loginPage = get("/login");
		post("/login", "email", email, "password", TestAccounts.PASSWORD, "_csrf", csrf(loginPage));
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.client.send(HttpRequest.newBuilder(uri(path)).header("Accept", BROWSER_ACCEPT).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String... namesAndValues) throws IOException, InterruptedException {
		StringBuilder form = new StringBuilder();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			form.append(form.isEmpty() ? "" : "&")
				.append(namesAndValues[i])
				.append('=')
				.append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
		}
		return this.client.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", BROWSER_ACCEPT)
			.POST(HttpRequest.BodyPublishers.ofString(form.toString()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String csrf(HttpResponse<String> page) {
		Matcher matcher = CSRF.matcher(page.body());
		assertThat(matcher.find()).as("the page has a CSRF token").isTrue();
		return matcher.group(1);
	}

	private static String mainContent(HttpResponse<String> page) {
		String body = page.body();
		return body.substring(body.indexOf("<main"), body.indexOf("</main>"));
	}

	private static String sessionCookie(HttpResponse<String> response) {
		return cookie(response, "JOURNAL_SESSION=");
	}

	private static String cookie(HttpResponse<String> response, String prefix) {
		List<String> cookies = response.headers().allValues("Set-Cookie");
		return cookies.stream()
			.filter((cookie) -> cookie.startsWith(prefix))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No " + prefix + " cookie in " + cookies));
	}

	private static String sessionId(String cookie) {
		return cookie.substring(0, cookie.indexOf(';'));
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FailingPage {

		@Bean
		FailingController failingController() {
			return new FailingController();
		}

	}

	@RestController
	static class FailingController {

		@GetMapping("/test/fails")
		String fail() {
			throw new IllegalStateException("secret detail");
		}

	}

}
