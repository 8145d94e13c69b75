package app.rekindle.system;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import app.rekindle.testsupport.BrowserSession;
import app.rekindle.testsupport.HandlerRoutes;
import app.rekindle.testsupport.JournalTest;
import app.rekindle.testsupport.StoredSessions;
import app.rekindle.testsupport.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A visitor who is not signed in leaves no session behind, whatever they open: every page the
 * application has (found from its handler mappings, so a page added later is covered), the forms with
 * their CSRF tokens, a failed log-in that keeps the typed email, a sign-up with mistakes, a private page
 * that sends them to log in, the Quick exit. A session row is written at sign-in and not before.
 */
@JournalTest
class AnonymousVisitsTests {

	private static final int VISITS = 5;

	@Autowired
	private MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Autowired
	private StoredSessions sessions;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void visitsToEveryPageWithOrWithoutAFormLeaveNoSessionRows() throws Exception {
		long start = System.currentTimeMillis();
		List<String> pages = new ArrayList<>(HandlerRoutes.patterns(this.mappings, RequestMethod.GET)
			.stream()
			.map((route) -> route.replaceAll("\\{day}", "2026-01-01").replaceAll("\\{[^}]+}", "1"))
			.toList());
		pages.addAll(List.of("/login?error", "/login?paused", "/favicon.svg", "/exit"));
		List<String> withForms = new ArrayList<>();

		for (int visit = 0; visit < VISITS; visit++) {
			for (String page : pages) {
				BrowserSession visitor = this.sessions.browser(this.mvc);
				MvcResult result = visitor.perform(get(page).accept(MediaType.TEXT_HTML)).andReturn();
				if (visit == 0 && result.getResponse().getContentAsString().contains("name=\"_csrf\"")) {
					withForms.add(page);
				}
				assertThat(visitor.sessionId()).as("a session for a visitor to " + page).isNull();
			}
		}

		assertThat(withForms).as("the public pages with a form").contains("/login", "/signup");
		assertThat(sessionRowsSince(start)).as("session rows written by " + VISITS * pages.size() + " visits").isZero();
	}

	@Test
	void aFailedLogInKeepsTheTypedEmailInACookieAndASignUpWithMistakesStartsNoSession() throws Exception {
		long start = System.currentTimeMillis();
		String email = TestAccounts.uniqueEmail();
		BrowserSession visitor = this.sessions.browser(this.mvc);
		String token = token(visitor.perform(get("/login")).andExpect(status().isOk()).andReturn());

		visitor.perform(post("/login").param("email", email).param("password", "not the one").param("_csrf", token))
			.andExpect(redirectedUrl("/login?error"));
		String page = visitor.perform(get("/login").param("error", "")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("value=\"" + email + "\"");
		assertThat(visitor.perform(get("/login")).andReturn().getResponse().getContentAsString())
			.as("the typed email, shown once").doesNotContain(email);

		String signUpToken = token(visitor.perform(get("/signup")).andReturn());
		visitor.perform(post("/signup").param("email", email).param("password", "quiet harbour evenings")
			.param("passwordConfirmation", "quiet harbour morning").param("timeZone", "UTC").param("_csrf", signUpToken))
			.andExpect(status().isOk());

		assertThat(visitor.sessionId()).isNull();
		assertThat(sessionRowsSince(start)).isZero();
	}

	@Test
	void signingInAfterBeingSentToLogInStartsTheSessionAndLandsOnThePageAskedFor() throws Exception {
		String email = TestAccounts.uniqueEmail();
		this.accounts.create(email, java.time.ZoneId.of("UTC"));
		BrowserSession visitor = this.sessions.browser(this.mvc);
		visitor.perform(get("/history").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
		String token = token(visitor.perform(get("/login")).andReturn());
		assertThat(visitor.sessionId()).isNull();

		visitor.perform(post("/login").param("email", email).param("password", TestAccounts.PASSWORD).param("_csrf", token))
			.andExpect(redirectedUrl("http://localhost/history"))
			.andExpect(this.sessions.authenticatedAs(email));
		assertThat(visitor.sessionId()).isNotNull();
		String history = visitor.perform(get("/history")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		visitor.perform(post("/logout").param("_csrf", token(history))).andExpect(redirectedUrl("/?signed-out"));
		visitor.perform(post("/logout").param("_csrf", token)).andExpect(status().isForbidden());
	}

	private long sessionRowsSince(long millis) {
		return this.jdbc.queryForObject("select count(*) from spring_session where creation_time >= ?", Long.class, millis);
	}

	private static String token(MvcResult page) throws Exception {
		return token(page.getResponse().getContentAsString());
	}

	private static String token(String page) {
		java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(token.find()).as("a form's token").isTrue();
		return token.group(1);
	}

}
