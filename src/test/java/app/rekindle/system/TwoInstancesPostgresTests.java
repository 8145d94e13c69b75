package app.rekindle.system;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import app.rekindle.RekindleApplication;
import app.rekindle.testsupport.HttpVisitor;
import app.rekindle.testsupport.PostgresTestDatabase;
import app.rekindle.testsupport.TestAccounts;

import static app.rekindle.testsupport.HttpVisitor.csrf;
import static app.rekindle.testsupport.HttpVisitor.location;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two independent instances of the application, each with its own server, sharing one PostgreSQL
 * schema, as behind a load balancer: one browser's cookie is served by either, and a log-out on one
 * ends the session on both. Each instance is a whole application context of its own (the same way
 * {@code @PostgresTest} points one at this run's schema), closed when the class ends.
 */
@Tag("postgres")
@ExtendWith(PostgresTestDatabase.Availability.class)
class TwoInstancesPostgresTests {

	private static final String PASSWORD = "two lamps one window";

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	@BeforeAll
	static void startTwoInstances() {
		first = start();
		second = start();
	}

	@AfterAll
	static void stopBoth() {
		if (second != null) {
			second.close();
		}
		if (first != null) {
			first.close();
		}
	}

	private static ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(RekindleApplication.class).profiles("postgres")
			.initializers(new PostgresTestDatabase.Initializer())
			.run("--server.port=0", "--management.server.port=0", "--spring.main.banner-mode=off");
	}

	@Test
	void aSessionStartedOnOneInstanceIsServedByTheOther() throws Exception {
		HttpVisitor browser = new HttpVisitor();
		String email = TestAccounts.uniqueEmail();
		HttpResponse<String> form = browser.get(server(first), "/signup");
		HttpResponse<String> signedUp = browser.post(server(first), "/signup", "email", email, "password", PASSWORD,
				"passwordConfirmation", PASSWORD, "timeZone", "UTC", "_csrf", csrf(form));
		assertThat(location(signedUp)).isEqualTo("/account/recovery-codes");

		HttpResponse<String> codes = browser.get(server(second), "/account/recovery-codes");
		assertThat(codes.statusCode()).isEqualTo(200);
		assertThat(codes.body()).as("the welcome and the codes left by the first instance, read by the second")
			.contains("Your journal is ready")
			.containsPattern("<code>[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}</code>");
		HttpResponse<String> dashboard = browser.get(server(second), "/dashboard");
		assertThat(dashboard.statusCode()).isEqualTo(200);
		assertThat(dashboard.body()).contains("How are you today?");

		HttpResponse<String> today = browser.get(server(second), "/checkin");
		String checkInPath = location(today);
		assertThat(checkInPath).startsWith("/checkin/");
		HttpResponse<String> checkInForm = browser.get(server(second), checkInPath);
		assertThat(checkInForm.statusCode()).isEqualTo(200);
		HttpResponse<String> checkedIn = browser.post(server(second), checkInPath, "mood", "4", "urge", "3",
				"contact", "NONE", "_csrf", csrf(checkInForm));
		assertThat(location(checkedIn)).isEqualTo("/dashboard");

		HttpResponse<String> onTheSecond = browser.get(server(second), "/dashboard");
		assertThat(onTheSecond.body()).contains("Checked in. Thank you", "Mood: 4 · Good", "Urge to contact: 3 of 10");
		HttpResponse<String> onTheFirst = browser.get(server(first), "/dashboard");
		assertThat(onTheFirst.statusCode()).isEqualTo(200);
		assertThat(onTheFirst.body()).contains("Mood: 4 · Good").doesNotContain("Checked in. Thank you");
	}

	@Test
	void loggingOutOnEitherInstanceEndsTheSessionOnBoth() throws Exception {
		String email = TestAccounts.uniqueEmail();
		HttpVisitor browser = new HttpVisitor();
		HttpResponse<String> form = browser.get(server(first), "/signup");
		browser.post(server(first), "/signup", "email", email, "password", PASSWORD, "passwordConfirmation",
				PASSWORD, "timeZone", "UTC", "_csrf", csrf(form));

		loggingOutOnOneSignsOutTheOther(browser, second, first);

		HttpResponse<String> loginForm = browser.get(server(second), "/login");
		HttpResponse<String> loggedIn = browser.post(server(second), "/login", "email", email, "password", PASSWORD,
				"_csrf", csrf(loginForm));
		assertThat(location(loggedIn)).isEqualTo("/dashboard");

		loggingOutOnOneSignsOutTheOther(browser, first, second);
	}

	/** The browser is signed in; it logs out on one instance, and its old cookie then opens nothing on the other. */
	private static void loggingOutOnOneSignsOutTheOther(HttpVisitor browser, ConfigurableApplicationContext loggingOut,
			ConfigurableApplicationContext other) throws Exception {
		assertThat(browser.get(server(other), "/dashboard").statusCode()).isEqualTo(200);
		HttpResponse<String> dashboard = browser.get(server(loggingOut), "/dashboard");
		assertThat(dashboard.statusCode()).isEqualTo(200);
		HttpVisitor oldCookie = browser.copy();

		HttpResponse<String> loggedOut = browser.post(server(loggingOut), "/logout", "_csrf", csrf(dashboard));
		assertThat(location(loggedOut)).isEqualTo("/?signed-out");
		assertThat(browser.sessionId()).as("the cookie is cleared").isNull();

		HttpResponse<String> refused = oldCookie.get(server(other), "/dashboard");
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(location(refused)).endsWith("/login");
		assertThat(oldCookie.get(server(loggingOut), "/dashboard").statusCode()).isEqualTo(302);
	}

	private static String server(ConfigurableApplicationContext instance) {
		return "http://localhost:" + instance.getEnvironment().getRequiredProperty("local.server.port");
	}

}
