package app.rekindle.system;

import java.net.http.HttpResponse;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.RedirectView;

import app.rekindle.account.AccountUser;
import app.rekindle.testsupport.HttpVisitor;
import app.rekindle.testsupport.TestAccounts;

import static app.rekindle.testsupport.HttpVisitor.csrf;
import static app.rekindle.testsupport.HttpVisitor.location;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the database fails in passing even after the second try, the person does not pay for it: the
 * form comes back (503) with everything it sent, shown and ready to send again; a form that was saved
 * before its page failed says it was saved; a page that could not be read offers to load again. A
 * real server, since the page is the container's error page. The failures are staged by a controller
 * of the test's own; {@link LostConnectionPostgresTests} brings them about for real.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class NotSavedPageHttpTests {

	private static final AtomicInteger FAILURES_LEFT = new AtomicInteger();

	@LocalServerPort
	private int port;

	@Autowired
	private TestAccounts accounts;

	private final HttpVisitor browser = new HttpVisitor();

	private String token;

	@BeforeEach
	void signIn() throws Exception {
		AccountUser user = this.accounts.create(TestAccounts.uniqueEmail(), ZoneId.of("UTC"));
		HttpResponse<String> login = this.browser.get(server(), "/login");
		this.browser.post(server(), "/login", "email", user.getUsername(), "password", TestAccounts.PASSWORD, "_csrf",
				csrf(login));
		this.token = csrf(this.browser.get(server(), "/dashboard"));
	}

	@Test
	void aFormTheDatabaseFailedComesBackWithEverythingItSentAndGoesThroughWhenSentAgain(CapturedOutput output)
			throws Exception {
		FAILURES_LEFT.set(1);
		String note = "Tea & <b>toast</b>, then a long walk";
		HttpResponse<String> answer = this.browser.post(server(), "/test/database-fails", "mood", "3", "note", note,
				"selfCare", "REST", "selfCare", "TIME_OUTSIDE", "_selfCare", "on", "password", "never shown", "_csrf",
				this.token);

		assertThat(answer.statusCode()).isEqualTo(503);
		assertThat(answer.headers().firstValue("Content-Security-Policy")).hasValue(SecurityConfiguration.CONTENT_SECURITY_POLICY);
		Document page = Jsoup.parse(answer.body());
		assertThat(page.selectFirst("h1").text()).isEqualTo("This could not be saved just now");
		assertThat(page.select(".user-text").eachText()).containsExactly(note);
		Element form = page.selectFirst("main form");
		assertThat(form.attr("action")).isEqualTo("/test/database-fails");
		assertThat(form.attr("method")).isEqualTo("post");
		assertThat(form.select("input[type=hidden]:not([name=_csrf])")
			.stream()
			.map((input) -> input.attr("name") + "=" + input.attr("value")))
			.containsExactly("mood=3", "note=" + note, "selfCare=REST", "selfCare=TIME_OUTSIDE", "_selfCare=on");
		assertThat(form.select("input[name=_csrf]")).as("a fresh token, once").hasSize(1);
		assertThat(answer.body()).doesNotContain("never shown", "DataAccessResourceFailureException", "Exception");
		assertThat(output.getOut()).contains("method=POST path=/test/database-fails status=503 durationMs=");

		String[] again = form.select("input[type=hidden]")
			.stream()
			.flatMap((input) -> java.util.stream.Stream.of(input.attr("name"), input.attr("value")))
			.toArray(String[]::new);
		HttpResponse<String> sentAgain = this.browser.post(server(), "/test/database-fails", again);
		assertThat(sentAgain.statusCode()).isEqualTo(302);
		assertThat(location(sentAgain)).isEqualTo("/dashboard?note=" + java.net.URLEncoder.encode(note,
				java.nio.charset.StandardCharsets.UTF_8) + "&mood=3&selfCare=2");
	}

	@Test
	void aFormSavedBeforeItsPageFailedSaysItWasSaved() throws Exception {
		HttpResponse<String> answer = this.browser.post(server(), "/test/saved-then-fails", "note", "kept",
				"_csrf", this.token);

		assertThat(answer.statusCode()).isEqualTo(503);
		Document page = Jsoup.parse(answer.body());
		assertThat(page.selectFirst("h1").text()).isEqualTo("It was saved");
		assertThat(page.select("main form")).isEmpty();
	}

	@Test
	void aPageTheDatabaseFailedOffersToLoadItAgain() throws Exception {
		FAILURES_LEFT.set(1);
		HttpResponse<String> answer = this.browser.get(server(), "/test/database-fails?day=2026-11-02");

		assertThat(answer.statusCode()).isEqualTo(503);
		Document page = Jsoup.parse(answer.body());
		assertThat(page.selectFirst("h1").text()).isEqualTo("This page could not be opened just now");
		assertThat(page.selectFirst("main a.button").attr("href")).isEqualTo("/test/database-fails?day=2026-11-02");
		assertThat(this.browser.get(server(), "/test/database-fails?day=2026-11-02").statusCode()).isEqualTo(200);
	}

	@Test
	void anyOtherFailureIsTheErrorPageAsBefore() throws Exception {
		HttpResponse<String> answer = this.browser.post(server(), "/test/data-fails", "note", "a", "_csrf", this.token);

		assertThat(answer.statusCode()).isEqualTo(500);
		assertThat(answer.body()).contains("Something went wrong on our side").doesNotContain("could not be saved");
	}

	private String server() {
		return "http://localhost:" + this.port;
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FailingDatabase {

		@Bean
		FailingDatabaseController failingDatabaseController() {
			return new FailingDatabaseController();
		}

	}

	@Controller
	static class FailingDatabaseController {

		@PostMapping("/test/database-fails")
		String post(HttpServletRequest request) {
			failOnce();
			return "redirect:/dashboard?note=" + java.net.URLEncoder.encode(request.getParameter("note"),
					java.nio.charset.StandardCharsets.UTF_8) + "&mood=" + request.getParameter("mood") + "&selfCare="
					+ request.getParameterValues("selfCare").length;
		}

		@GetMapping("/test/database-fails")
		@ResponseBody
		String get() {
			failOnce();
			return "read";
		}

		/** Saved, then the redirect fails as a session that cannot be written on the way out would. */
		@PostMapping("/test/saved-then-fails")
		View savedThenFails() {
			return new RedirectView("/dashboard") {
				@Override
				protected void renderMergedOutputModel(java.util.Map<String, Object> model, HttpServletRequest request,
						HttpServletResponse response) {
					throw new DataAccessResourceFailureException("Unable to commit against JDBC Connection");
				}
			};
		}

		@PostMapping("/test/data-fails")
		String dataFails() {
			throw new DataIntegrityViolationException("a constraint");
		}

		private static void failOnce() {
			if (FAILURES_LEFT.getAndDecrement() > 0) {
				throw new DataAccessResourceFailureException("An I/O error occurred while sending to the backend");
			}
		}

	}

}
