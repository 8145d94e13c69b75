package app.rekindle.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import app.rekindle.account.AccountUser;
import app.rekindle.testsupport.DatabaseState;
import app.rekindle.testsupport.EveryKindFixture;
import app.rekindle.testsupport.HandlerRoutes;
import app.rekindle.testsupport.JournalTest;
import app.rekindle.testsupport.MutableClock;
import app.rekindle.testsupport.MutableClockConfiguration;
import app.rekindle.testsupport.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every route that names a row of someone's data in its path, found from Spring's own handler
 * mappings (so a route added later is covered, or fails here until someone classifies it), answers
 * another account with 404 — for GET and for POST, with an empty form and a plausible one — and
 * changes nothing: not a row count, not a byte of any table.
 *
 * <p>
 * Each path variable must be classified below: either an owned id (and which of account A's rows
 * fills it) or explicitly not an owned id (and why). A route whose variables are all not owned
 * ids is out of scope here.
 */
@JournalTest
class OwnershipMatrixTests {

	/** A path variable, with an optional regular expression: {@code {slug:causes|mistakes}}. */
	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::[^}]*)?}");

	/**
	 * Owned ids: variable name → the query for every such id of the account (its one parameter), read as
	 * text (a passkey's id is base64url).
	 */
	private static final Map<String, String> OWNED_IDS = Map.of(
			"journeyId", "select id from journey where account_id = ?",
			"entryId", ofJourney("reflection_entry"),
			"goalId", ofJourney("growth_goal"),
			"letterId", "select id from unsent_letter where account_id = ?",
			"draftId", ofJourney("outreach_draft"),
			"conversationId", ofJourney("outreach_conversation"),
			"commitmentId", ofJourney("trust_commitment"),
			"boundaryId", ofJourney("trust_boundary"),
			"activityId", ofJourney("trust_activity"),
			"passkeyId", """
					select c.credential_id from user_credentials c join user_entities e on e.id = c.user_entity_user_id
					join account a on a.email = e.name where a.id = ?""");

	/** Variables that are not owned ids: name → why, and the value to put in the path. */
	private static final Map<String, NotAnId> NOT_IDS = Map.of(
			"slug", new NotAnId("the kind of a reflection entry; filled with the kind of the entry in the path",
					OwnershipMatrixTests::slugFor),
			"day", new NotAnId("a date of the caller's own check-ins or history, or a checkpoint day number of the "
					+ "journey in the path; it names no row by itself", OwnershipMatrixTests::dayFor),
			"token", new NotAnId("the calendar feed's secret address: it is the credential itself, read without "
					+ "signing in (its guessing is the calendar tests' concern)", (route, values) -> "not-a-token"));

	private static final Map<String, String> SLUGS = Map.of("CAUSE", "causes", "MISTAKE", "mistakes", "TRIGGER",
			"triggers", "GROWTH", "growth");

	@Autowired
	private MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Autowired
	private EveryKindFixture fixture;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private MutableClock clock;

	@Autowired
	private DatabaseState database;

	@Autowired
	private JdbcTemplate jdbc;

	private static JdbcTemplate lookup;

	private static EveryKindFixture.Created owner;

	@BeforeEach
	void startOfTheStory() {
		this.clock.set(MutableClockConfiguration.START);
		lookup = this.jdbc;
	}

	@Test
	void everyRouteNamingAnotherAccountsRowAnswers404AndChangesNothing() throws Exception {
		owner = this.fixture.create("Owner");
		AccountUser intruder = this.accounts.create();
		Map<String, List<String>> ownedIds = ownedIdsOf(owner.user().accountId());
		ownedIds.forEach((variable, ids) -> assertThat(ids)
			.as("account A has a row for {%s}: the fixture must create every kind", variable)
			.isNotEmpty());

		Map<String, RequestMethod> routes = new TreeMap<>();
		List<String> unclassified = new ArrayList<>();
		List<String> outOfScope = new ArrayList<>();
		for (RequestMethod method : List.of(RequestMethod.GET, RequestMethod.POST)) {
			for (String route : HandlerRoutes.patterns(this.mappings, method)) {
				List<String> variables = variables(route);
				for (String variable : variables) {
					if (!OWNED_IDS.containsKey(variable) && !NOT_IDS.containsKey(variable)) {
						unclassified.add(method + " " + route + " ({" + variable + "})");
					}
				}
				if (variables.stream().anyMatch(OWNED_IDS::containsKey)) {
					routes.put(method + " " + route, method);
				}
				else if (!variables.isEmpty()) {
					outOfScope.add(method + " " + route);
				}
			}
		}
		assertThat(unclassified)
			.as("routes with a path variable this test does not know: classify this route in OwnershipMatrixTests "
					+ "(an owned id in OWNED_IDS, or not an id, with the reason, in NOT_IDS)")
			.isEmpty();
		assertThat(routes).as("routes naming an owned id").hasSizeGreaterThan(40);

		Map<String, Long> countsBefore = this.database.rowCounts();
		Map<String, String> contentsBefore = this.database.contentHashes();

		List<String> notFound = new ArrayList<>();
		List<String> leaked = new ArrayList<>();
		int requests = 0;
		for (Map.Entry<String, RequestMethod> entry : routes.entrySet()) {
			String route = entry.getKey().substring(entry.getKey().indexOf(' ') + 1);
			for (String url : urls(route, ownedIds)) {
				List<MockHttpServletRequestBuilder> calls = (entry.getValue() == RequestMethod.GET) ? List.of(get(url))
						: List.of(post(url).with(csrf()), plausibleForm(post(url).with(csrf())));
				for (MockHttpServletRequestBuilder call : calls) {
					int status = this.mvc.perform(call.with(user(intruder))).andReturn().getResponse().getStatus();
					requests++;
					(status == 404 ? notFound : leaked).add(entry.getValue() + " " + url + " → " + status);
				}
			}
		}

		System.out.println("Ownership matrix: " + routes.size() + " routes, " + requests + " requests checked");
		System.out.println("Ownership matrix: out of scope (no owned id in the path): " + outOfScope);
		assertThat(leaked).as("another account's ids must answer 404").isEmpty();
		assertThat(this.database.rowCounts()).as("row counts").isEqualTo(countsBefore);
		assertThat(this.database.contentHashes()).as("table contents").isEqualTo(contentsBefore);
		assertThat(requests).isGreaterThan(100);
	}

	/**
	 * The intruder's own journey with the owner's rows under it finds nothing either, and none of the
	 * intruder's own pages (every route without a path variable) shows a word the owner wrote.
	 */
	@Test
	void theIntrudersOwnJourneysWithTheOwnersRowsAnswer404AndTheirPagesShowNothingOfTheOwner() throws Exception {
		owner = this.fixture.create("Quokka");
		EveryKindFixture.Created intruder = this.fixture.create("Intruder");
		Map<String, List<String>> mixed = ownedIdsOf(owner.user().accountId());
		mixed.put("journeyId", List.of(String.valueOf(intruder.journeyId()), String.valueOf(intruder.lockedJourneyId())));
		Map<String, Long> countsBefore = this.database.rowCounts();
		Map<String, String> contentsBefore = this.database.contentHashes();

		List<String> leaked = new ArrayList<>();
		int requests = 0;
		for (RequestMethod method : List.of(RequestMethod.GET, RequestMethod.POST)) {
			for (String route : HandlerRoutes.patterns(this.mappings, method)) {
				List<String> owned = variables(route).stream().filter(OWNED_IDS::containsKey).toList();
				if (!owned.contains("journeyId") || owned.size() < 2) {
					continue;
				}
				for (String url : urls(route, mixed)) {
					MockHttpServletRequestBuilder call = (method == RequestMethod.GET) ? get(url)
							: plausibleForm(post(url).with(csrf()));
					int status = this.mvc.perform(call.with(user(intruder.user()))).andReturn().getResponse().getStatus();
					requests++;
					if (status != 404) {
						leaked.add(method + " " + url + " → " + status);
					}
				}
			}
		}
		List<String> shown = new ArrayList<>();
		for (String route : HandlerRoutes.patterns(this.mappings, RequestMethod.GET)) {
			if (!variables(route).isEmpty() || route.equals("/exit") || route.endsWith(".pdf")) {
				continue;
			}
			MockHttpServletResponse response = this.mvc.perform(get(route).with(user(intruder.user())))
				.andReturn()
				.getResponse();
			if (response.getContentAsString().contains(owner.tag())) {
				shown.add(route);
			}
		}

		System.out.println("Ownership matrix: " + requests + " requests with the intruder's own journeys");
		assertThat(requests).isGreaterThan(30);
		assertThat(leaked).as("the owner's rows under the intruder's journey must answer 404").isEmpty();
		assertThat(shown).as("the intruder's own pages showing the owner's words").isEmpty();
		assertThat(this.database.rowCounts()).as("row counts").isEqualTo(countsBefore);
		assertThat(this.database.contentHashes()).as("table contents").isEqualTo(contentsBefore);
	}

	@Test
	void theSameIdsAreRealForTheirOwner() throws Exception {
		owner = this.fixture.create("Owner");
		Map<String, List<String>> ids = ownedIdsOf(owner.user().accountId());
		long journey = owner.journeyId();
		String goal = ids.get("goalId").get(0);
		String letter = ids.get("letterId").get(0);
		String draft = ids.get("draftId").get(0);
		for (String url : List.of("/journeys/" + journey, "/journeys/" + journey + "/goals/" + goal,
				"/letters/" + letter, "/journeys/" + journey + "/outreach/drafts/" + draft,
				"/journeys/" + journey + "/reflection/mistakes/" + owner.mistakeId() + "/edit",
				"/account/passkeys/" + ids.get("passkeyId").get(0) + "/remove")) {
			int status = this.mvc.perform(get(url).with(user(owner.user()))).andReturn().getResponse().getStatus();
			assertThat(status).as("GET %s as its owner", url).isBetween(200, 399);
		}
	}

	private Map<String, List<String>> ownedIdsOf(long accountId) {
		Map<String, List<String>> ids = new TreeMap<>();
		OWNED_IDS.forEach((variable, sql) -> ids.put(variable, this.jdbc.queryForList(sql, String.class, accountId)));
		return ids;
	}

	/** Every way of filling the route's owned ids with account A's ids. */
	private static List<String> urls(String route, Map<String, List<String>> ownedIds) {
		List<Map<String, String>> assignments = new ArrayList<>();
		assignments.add(new LinkedHashMap<>());
		for (String variable : variables(route)) {
			if (OWNED_IDS.containsKey(variable)) {
				List<Map<String, String>> next = new ArrayList<>();
				for (Map<String, String> assignment : assignments) {
					for (String id : ownedIds.get(variable)) {
						Map<String, String> extended = new LinkedHashMap<>(assignment);
						extended.put(variable, id);
						next.add(extended);
					}
				}
				assignments = next;
			}
		}
		List<String> urls = new ArrayList<>();
		for (Map<String, String> assignment : assignments) {
			for (String variable : variables(route)) {
				if (NOT_IDS.containsKey(variable)) {
					assignment.put(variable, NOT_IDS.get(variable).value().apply(route, assignment));
				}
			}
			Matcher matcher = VARIABLE.matcher(route);
			StringBuilder url = new StringBuilder();
			while (matcher.find()) {
				matcher.appendReplacement(url, Matcher.quoteReplacement(assignment.get(matcher.group(1))));
			}
			matcher.appendTail(url);
			urls.add(url.toString());
		}
		return urls;
	}

	private static List<String> variables(String route) {
		List<String> variables = new ArrayList<>();
		Matcher matcher = VARIABLE.matcher(route);
		while (matcher.find()) {
			variables.add(matcher.group(1));
		}
		return variables;
	}

	private static String ofJourney(String table) {
		return "select t.id from " + table + " t join journey j on j.id = t.journey_id where j.account_id = ?";
	}

	private static String slugFor(String route, Map<String, String> values) {
		if (!values.containsKey("entryId")) {
			return "causes";
		}
		String kind = lookup.queryForObject("select kind from reflection_entry where id = ?", String.class,
				Long.valueOf(values.get("entryId")));
		return SLUGS.get(kind);
	}

	private static String dayFor(String route, Map<String, String> values) {
		return route.startsWith("/checkin") ? owner.firstDay().toString() : String.valueOf(owner.checkpointDay());
	}

	/** A form with a plausible value for the fields the application's forms have. */
	private static MockHttpServletRequestBuilder plausibleForm(MockHttpServletRequestBuilder request) {
		String day = owner.firstDay().toString();
		return request.param("note", "intruder note")
			.param("body", "intruder body")
			.param("title", "intruder title")
			.param("description", "intruder description")
			.param("what", "intruder what")
			.param("why", "intruder why")
			.param("plan", "intruder plan")
			.param("letter", "intruder letter")
			.param("promise", "intruder promise")
			.param("stage", "REACHING_OUT")
			.param("category", "COMMUNICATION")
			.param("channel", "TEXT")
			.param("kind", "WARM")
			.param("reply", "WARM")
			.param("state", "KEPT")
			.param("whose", "SHARED")
			.param("agreedByBoth", "true")
			.param("rating", "4")
			.param("mood", "5")
			.param("urge", "3")
			.param("strength", "3")
			.param("day", day)
			.param("happenedOn", day)
			.param("heldOn", day)
			.param("dueOn", day)
			.param("deliveredOn", day)
			.param("startedOn", day)
			.param("plannedSendTime", "18:30");
	}

	private record NotAnId(String reason, BiFunction<String, Map<String, String>, String> value) {
	}

}
