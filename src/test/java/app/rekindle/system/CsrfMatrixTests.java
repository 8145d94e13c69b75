package app.rekindle.system;

import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import app.rekindle.account.AccountUser;
import app.rekindle.journey.Journey;
import app.rekindle.testsupport.BrowserSession;
import app.rekindle.testsupport.DatabaseState;
import app.rekindle.testsupport.HandlerRoutes;
import app.rekindle.testsupport.JournalTest;
import app.rekindle.testsupport.StoredSessions;
import app.rekindle.testsupport.TestAccounts;
import app.rekindle.testsupport.TestJourneys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every POST route the application has, found from Spring's own handler mappings (so a route
 * added later is covered without anyone listing it), refuses a request without a CSRF token and
 * changes nothing; and, for a visitor who is not signed in (whose token lives in a cookie, not a
 * session), refuses a wrong token, another browser's token, and a token without its cookie.
 */
@JournalTest
class CsrfMatrixTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private TestJourneys journeys;

	@Autowired
	private DatabaseState database;

	@Autowired
	private StoredSessions sessions;

	@Test
	void everyPostRouteRefusesARequestWithoutACsrfTokenAndChangesNothing() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);
		List<String> routes = postRoutes();
		assertThat(routes).as("the application's POST routes").hasSizeGreaterThan(30);
		Map<String, Long> before = this.database.rowCounts();
		Map<String, String> contentsBefore = this.database.contentHashes();

		List<String> notRefused = new ArrayList<>();
		for (String route : routes) {
			String url = route.replaceAll("\\{journeyId}", String.valueOf(journey.getId()))
				.replaceAll("\\{[^}]*:[^}]*}", "causes")
				.replaceAll("\\{day}", "2026-01-01")
				.replaceAll("\\{token}", "x")
				.replaceAll("\\{[^}]+}", "1");
			int status = this.mvc.perform(post(url).with(user(user)).param("note", "x").param("body", "x"))
				.andReturn()
				.getResponse()
				.getStatus();
			if (status != 403) {
				notRefused.add(route + " → " + status);
			}
		}

		System.out.println("CSRF matrix: " + routes.size() + " POST routes checked");
		assertThat(notRefused).isEmpty();
		assertThat(this.database.rowCounts()).isEqualTo(before);
		assertThat(this.database.contentHashes()).isEqualTo(contentsBefore);
	}

	@Test
	void everyPostRouteRefusesAVisitorWithoutTheTokenTheirOwnCookieHolds() throws Exception {
		List<String> routes = postRoutes();
		BrowserSession other = this.sessions.browser(this.mvc);
		String othersToken = tokenOf(other.perform(get("/login")).andReturn());
		Map<String, Long> before = this.database.rowCounts();
		Map<String, String> contentsBefore = this.database.contentHashes();

		List<String> notRefused = new ArrayList<>();
		for (String route : routes) {
			String url = route.replaceAll("\\{[^}]*:[^}]*}", "causes").replaceAll("\\{day}", "2026-01-01").replaceAll("\\{[^}]+}", "1");
			BrowserSession visitor = this.sessions.browser(this.mvc);
			String own = tokenOf(visitor.perform(get("/login")).andReturn());
			assertThat(own).isNotEqualTo(othersToken);
			Map<String, Integer> answers = new LinkedHashMap<>();
			answers.put("no token", visitor.perform(visitorPost(url)).andReturn().getResponse().getStatus());
			answers.put("a wrong token", visitor.perform(visitorPost(url).param("_csrf", "x" + own)).andReturn().getResponse().getStatus());
			answers.put("another browser's token", visitor.perform(visitorPost(url).param("_csrf", othersToken)).andReturn().getResponse().getStatus());
			answers.put("a token without its cookie", this.mvc.perform(visitorPost(url).param("_csrf", own)).andReturn().getResponse().getStatus());
			answers.forEach((what, status) -> {
				if (status != 403) {
					notRefused.add(route + " with " + what + " → " + status);
				}
			});
			assertThat(visitor.sessionId()).as("a session for a visitor").isNull();
		}

		assertThat(notRefused).isEmpty();
		assertThat(this.database.rowCounts()).isEqualTo(before);
		assertThat(this.database.contentHashes()).isEqualTo(contentsBefore);
	}

	private static MockHttpServletRequestBuilder visitorPost(String url) {
		return post(url).param("email", "someone@example.org").param("password", "whatever it is").param("note", "x");
	}

	private static String tokenOf(MvcResult page) throws Exception {
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.getResponse().getContentAsString());
		assertThat(token.find()).as("the log-in form's token").isTrue();
		return token.group(1);
	}

	private List<String> postRoutes() {
		List<String> routes = new ArrayList<>(HandlerRoutes.patterns(this.mappings, RequestMethod.POST));
		routes.add("/login");
		routes.add("/logout");
		return routes.stream().sorted().distinct().toList();
	}

}
