package app.rekindle.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import app.rekindle.account.AccountUser;
import app.rekindle.journey.Journey;
import app.rekindle.progression.Stage;
import app.rekindle.testsupport.AxeScan.Violation;
import app.rekindle.testsupport.AxeScan;
import app.rekindle.testsupport.Browser;
import app.rekindle.testsupport.BrowserTest;
import app.rekindle.testsupport.EveryKindFixture;
import app.rekindle.testsupport.HandlerRoutes;
import app.rekindle.testsupport.MutableClock;
import app.rekindle.testsupport.MutableClockConfiguration;
import app.rekindle.testsupport.TestAccounts;
import app.rekindle.testsupport.TestJourneys;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core on every page the application serves as HTML, found from Spring's own handler mappings
 * (a route added later is scanned, or fails here until someone says how to fill its path), at a
 * phone's and a desktop's size, in the light and the dark colour scheme: signed out, signed in
 * with nothing yet, signed in with data of every kind (a journey taken to its end and one closed
 * by the safety lock), with a journey open at each stage, and with the validation errors of the
 * forms showing. No violation of serious or critical impact may remain.
 */
@BrowserTest
class AccessibilityBrowserTests {

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::[^}]*)?}");

	/** GET routes that answer with something other than an HTML page, and what they answer. */
	private static final Map<String, String> NOT_HTML = Map.of(
			"/summary.pdf", "the printable summary as a PDF document",
			"/account/export.json", "a download of everything in the account, as JSON",
			"/account/export.md", "a download of everything in the account, as Markdown",
			"/calendar/{token}.ics", "the calendar feed (text/calendar), read by calendar apps",
			"/manifest.webmanifest", "the web app manifest (application/manifest+json), read by browsers");

	private static final List<Dimension> SIZES = List.of(Browser.PHONE, Browser.DESKTOP);

	private static final List<String> SCHEMES = List.of("light", "dark");

	private static final Map<String, String> SLUGS = Map.of("CAUSE", "causes", "MISTAKE", "mistakes", "TRIGGER",
			"triggers", "GROWTH", "growth");

	/** Forms sent empty (or wrong) in each stage, so their error messages are scanned too: page → button. */
	private static final Map<Stage, Map<String, String>> EMPTY_FORMS = Map.of(
			Stage.REFLECTION, Map.of("/reflection/causes", "Save", "/reflection/safety", "Save my answers"),
			Stage.NO_CONTACT, Map.of("/goals", "Add goal"),
			Stage.REACHING_OUT, Map.of("/outreach", "Save draft"),
			Stage.REBUILDING_TRUST, Map.of("/trust/apology", "Save my apology", "/trust/boundaries", "Save",
					"/trust/commitments", "Save", "/trust/activities", "Save"),
			Stage.TRIAL_PERIOD, Map.of());

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Autowired
	private EveryKindFixture fixture;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private TestJourneys journeys;

	@Autowired
	private MutableClock clock;

	@Autowired
	private JdbcTemplate jdbc;

	private final Map<String, Integer> scanned = new TreeMap<>();

	/** The colour scheme the browser emulates now; null until the scan sets one. */
	private String scheme;

	private final Set<Violation> violations = new LinkedHashSet<>();

	/** Pages that render other elements at the second size, so every rule runs there too. */
	private final Set<String> renderedDifferently = new LinkedHashSet<>();

	@BeforeEach
	void startOfTheStory() {
		this.clock.set(MutableClockConfiguration.START);
	}

	@Test
	void everyPageHasNoSeriousOrCriticalViolationAtBothSizesInBothColourSchemes(Browser browser) {
		List<String> routes = htmlRoutes();
		EveryKindFixture.Created full = this.fixture.create("Full");
		AccountUser empty = this.accounts.create();
		AccountUser staged = this.accounts.create();
		Journey open = this.journeys.start(staged);
		AxeScan.intoEveryPage(browser);

		scanEverywhere(browser, "signed out", List.of(
				Page.at("/"), Page.at("/signup"), Page.at("/login"), Page.at("/no-such-page"),
				Page.submitting("/signup", "Create my journal"),
				Page.at("/recover"), Page.submitting("/recover", "Choose my new password"),
				Page.at("/login").then((b) -> b.type("Email", "nobody@example.org").type("Password", "not it").press("Log in"))));

		signIn(browser, empty.getUsername());
		List<Page> emptyPages = new ArrayList<>();
		routes.stream().filter((route) -> variables(route).isEmpty()).forEach((route) -> emptyPages.add(Page.at(route)));
		emptyPages.add(Page.submitting("/journeys/new", "Begin"));
		emptyPages.add(Page.submitting("/checkin", "Save check-in"));
		emptyPages.add(Page.submitting("/account", "Change password"));
		emptyPages.add(Page.at("/journeys/999999999"));
		emptyPages.add(Page.at("/no-such-page"));
		emptyPages.add(Page.at("/summary?range=forever"));
		emptyPages.add(Page.at("/history/2026-09-01"));
		emptyPages.add(Page.at("/history/not-a-day"));
		emptyPages.add(Page.at("/history/2999-01-01"));
		scanEverywhere(browser, "no journey yet", emptyPages);

		signIn(browser, full.user().getUsername());
		List<Page> fullPages = new ArrayList<>();
		for (String route : routes) {
			for (String url : urls(route, full, full.journeyId())) {
				fullPages.add(Page.at(url));
			}
			if (route.contains("{journeyId}")) {
				for (String url : urls(route, full, full.lockedJourneyId())) {
					fullPages.add(Page.at(url));
				}
			}
		}
		scanEverywhere(browser, "full, one journey ended and one safety-locked", fullPages);

		signIn(browser, staged.getUsername());
		for (Stage stage : List.of(Stage.REFLECTION, Stage.NO_CONTACT, Stage.REACHING_OUT, Stage.REBUILDING_TRUST,
				Stage.TRIAL_PERIOD)) {
			this.journeys.putInStage(open.getId(), stage);
			List<Page> stagePages = new ArrayList<>();
			stagePages.add(Page.at("/dashboard"));
			routes.stream()
				.filter((route) -> variables(route).equals(List.of("journeyId")))
				.forEach((route) -> stagePages.add(Page.at(route.replace("{journeyId}", String.valueOf(open.getId())))));
			EMPTY_FORMS.get(stage)
				.forEach((path, button) -> stagePages.add(Page.submitting("/journeys/" + open.getId() + path, button)));
			if (stage == Stage.REFLECTION) {
				// A yes is shown back with what it does before it is saved: that step is a page too.
				stagePages.add(Page.at("/journeys/" + open.getId() + "/reflection/safety").then((b) -> {
					b.all("fieldset legend").forEach((legend) -> b.answer(legend.getText(), "No"));
					b.answer("Have they blocked you", "Yes").press("Save my answers");
					assertThat(b.heading()).isEqualTo("Before your answers are saved");
				}));
			}
			scanEverywhere(browser, "a journey open at " + stage, stagePages);
		}

		System.out.println("Accessibility: pages scanned per state, each at " + SIZES + " in " + SCHEMES + ": " + this.scanned);
		System.out.println("Accessibility: " + this.renderedDifferently.size() + " pages render other elements at "
				+ SIZES.get(1) + ", so every rule ran there too: " + this.renderedDifferently);
		this.violations.forEach((violation) -> System.out.println("Accessibility: " + violation));
		System.out.println("Accessibility: " + this.violations.size() + " serious or critical violations");
		assertThat(this.violations).as("serious or critical axe violations").isEmpty();
	}

	@Test
	void theScanFindsAFaintTextAndAnUnlabelledFieldPlantedInAPage(Browser browser) {
		browser.open("/login");
		((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("""
				var faint = document.createElement('p');
				faint.textContent = 'Hard to read';
				faint.style.color = '#c8c8c8';
				faint.style.background = '#ffffff';
				faint.id = 'faint';
				var unlabelled = document.createElement('input');
				unlabelled.id = 'unlabelled';
				document.querySelector('main').append(faint, unlabelled);
				""");
		AxeScan axe = AxeScan.of(browser);
		assertThat(axe.everyRule("planted")).extracting(Violation::rule, Violation::target)
			.contains(org.assertj.core.groups.Tuple.tuple("color-contrast", "[\"#faint\"]"),
					org.assertj.core.groups.Tuple.tuple("label", "[\"#unlabelled\"]"));
		AxeScan.colorScheme(browser, "dark");
		assertThat(axe.colours("planted, dark")).extracting(Violation::rule).contains("color-contrast");
	}

	@Test
	void theRenderedElementsDifferWhenASizeHidesOne(Browser browser) {
		browser.resize(SIZES.get(0)).open("/login");
		((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("""
				var sheet = new CSSStyleSheet();
				sheet.replaceSync('@media (min-width: 1000px) { main h1 { display: none; } }');
				document.adoptedStyleSheets = [sheet];
				""");
		AxeScan axe = AxeScan.of(browser);
		String phone = axe.rendered();
		assertThat(axe.rendered()).isEqualTo(phone);
		browser.resize(SIZES.get(1));
		assertThat(axe.rendered()).isNotEqualTo(phone);
	}

	/**
	 * Visits every page once and scans it at each size in each scheme: every rule in the light
	 * scheme, the colour rules in the dark one. At the second size, where a page renders the same
	 * elements as at the first (nothing shown or hidden by the size), the light scheme runs only the
	 * rules that depend on the layout ({@link AxeScan#layout}); the others would read the same page.
	 * A page that redirects to one already scanned is not scanned again. Each size begins in the
	 * scheme the last one ended in (light, dark; dark, light), so a page costs two changes of
	 * scheme, and the next page opens in the light one.
	 */
	private void scanEverywhere(Browser browser, String state, List<Page> pages) {
		Set<String> seen = new LinkedHashSet<>();
		int scans = 0;
		for (Page page : pages) {
			useScheme(browser, "light");
			browser.resize(SIZES.get(0));
			page.visit(browser);
			assertThat(browser.driver().getTitle()).as("%s opened", page).isNotBlank();
			assertThat(((org.openqa.selenium.JavascriptExecutor) browser.driver())
				.executeScript("return document.contentType")).as("%s is a page", page).isEqualTo("text/html");
			String landed = browser.path();
			if (!seen.add(landed) && !page.isForm() && !landed.equals(page.path())) {
				continue;
			}
			scans++;
			AxeScan axe = AxeScan.of(browser);
			String firstRendered = null;
			for (Dimension size : SIZES) {
				if (size != SIZES.get(0)) {
					browser.resize(size);
				}
				String rendered = axe.rendered();
				boolean asAtFirstSize = rendered.equals(firstRendered);
				firstRendered = (firstRendered != null) ? firstRendered : rendered;
				if (!asAtFirstSize && size != SIZES.get(0)) {
					this.renderedDifferently.add(state + " · " + page);
				}
				for (String scheme : schemesBeginningWithTheCurrentOne()) {
					useScheme(browser, scheme);
					String name = state + " · " + page + " · " + size.getWidth() + "×" + size.getHeight() + " " + scheme;
					this.violations.addAll(!scheme.equals("light") ? axe.colours(name)
							: asAtFirstSize ? axe.layout(name) : axe.everyRule(name));
				}
			}
		}
		this.scanned.put(state, scans);
		System.out.println("Accessibility: " + state + ": " + scans + " pages");
		useScheme(browser, "light");
	}

	/** Emulates the colour scheme unless the browser is in it already (emulation outlives a page). */
	private void useScheme(Browser browser, String scheme) {
		if (!scheme.equals(this.scheme)) {
			AxeScan.colorScheme(browser, scheme);
			this.scheme = scheme;
		}
	}

	private List<String> schemesBeginningWithTheCurrentOne() {
		List<String> schemes = new ArrayList<>(SCHEMES);
		if (schemes.remove(this.scheme)) {
			schemes.add(0, this.scheme);
		}
		return schemes;
	}

	/** Signs in afresh: a new session, so no page remembered from before the sign-in is returned to. */
	private void signIn(Browser browser, String email) {
		browser.driver().manage().deleteAllCookies();
		browser.open("/login").type("Email", email).type("Password", TestAccounts.PASSWORD).press("Log in");
		assertThat(browser.path()).as("signed in as %s", email).isEqualTo("/dashboard");
	}

	/** The GET routes, less those that answer with no HTML page; each of those must still exist. */
	private List<String> htmlRoutes() {
		List<String> all = HandlerRoutes.patterns(this.mappings, RequestMethod.GET);
		assertThat(all).as("the non-HTML routes listed here still exist").containsAll(NOT_HTML.keySet());
		List<String> unknown = new ArrayList<>();
		for (String route : all) {
			for (String variable : variables(route)) {
				if (!NOT_HTML.containsKey(route)
						&& !List.of("journeyId", "goalId", "letterId", "draftId", "boundaryId", "commitmentId", "activityId",
								"conversationId", "slug", "entryId", "day", "passkeyId")
							.contains(variable)) {
					unknown.add(route + " ({" + variable + "})");
				}
			}
		}
		assertThat(unknown).as("routes with a path variable this test cannot fill: teach AccessibilityBrowserTests.urls "
				+ "how, or list the route in NOT_HTML with what it answers").isEmpty();
		return all.stream().filter((route) -> !NOT_HTML.containsKey(route)).toList();
	}

	/** The route's path filled with the full account's rows; every reflection kind for {slug}. */
	private List<String> urls(String route, EveryKindFixture.Created full, long journeyId) {
		List<String> variables = variables(route);
		if (!route.contains("{journeyId}") && journeyId != full.journeyId()) {
			return List.of();
		}
		long account = full.user().accountId();
		Map<String, String> values = new LinkedHashMap<>();
		values.put("journeyId", String.valueOf(journeyId));
		values.put("goalId", first("select id from growth_goal where journey_id = ?", journeyId));
		values.put("letterId", first("select id from unsent_letter where account_id = ?", account));
		values.put("draftId", first("select id from outreach_draft where journey_id = ?", journeyId));
		values.put("boundaryId", first("select id from trust_boundary where journey_id = ?", journeyId));
		values.put("commitmentId", first("select id from trust_commitment where journey_id = ?", journeyId));
		values.put("activityId", first("select id from trust_activity where journey_id = ?", journeyId));
		values.put("conversationId", first("select id from outreach_conversation where journey_id = ?", journeyId));
		values.put("entryId", String.valueOf(full.mistakeId()));
		values.put("passkeyId", this.jdbc.queryForList("""
				select c.credential_id from user_credentials c join user_entities e on e.id = c.user_entity_user_id
				join account a on a.email = e.name where a.id = ?""", String.class, account).stream().findFirst().orElse(null));
		values.put("day", (route.startsWith("/checkin") || route.startsWith("/history")) ? full.firstDay().toString()
				: String.valueOf(full.checkpointDay()));
		List<String> slugs = variables.contains("entryId") ? List.of("mistakes")
				: variables.contains("slug") ? List.copyOf(SLUGS.values()) : List.of("");
		List<String> urls = new ArrayList<>();
		for (String slug : slugs) {
			values.put("slug", slug);
			Matcher matcher = VARIABLE.matcher(route);
			StringBuilder url = new StringBuilder();
			boolean missing = false;
			while (matcher.find()) {
				String value = values.get(matcher.group(1));
				missing |= (value == null);
				matcher.appendReplacement(url, Matcher.quoteReplacement(String.valueOf(value)));
			}
			matcher.appendTail(url);
			if (!missing) {
				urls.add(url.toString());
			}
		}
		return urls;
	}

	private String first(String sql, long id) {
		List<Long> ids = this.jdbc.queryForList(sql, Long.class, id);
		return ids.isEmpty() ? null : String.valueOf(ids.get(0));
	}

	private static List<String> variables(String route) {
		List<String> variables = new ArrayList<>();
		Matcher matcher = VARIABLE.matcher(route);
		while (matcher.find()) {
			variables.add(matcher.group(1));
		}
		return variables;
	}

	/** A page to scan: a path, and for a form, what to do there before the scan. */
	private record Page(String path, String button, java.util.function.Consumer<Browser> action) {

		static Page at(String path) {
			return new Page(path, null, null);
		}

		/** The page after its form was sent with nothing filled in: its error messages must show. */
		static Page submitting(String path, String button) {
			return new Page(path, button, null);
		}

		Page then(java.util.function.Consumer<Browser> action) {
			return new Page(this.path, "(filled)", action);
		}

		boolean isForm() {
			return this.button != null;
		}

		void visit(Browser browser) {
			browser.open(this.path);
			if (this.action != null) {
				this.action.accept(browser);
			}
			else if (this.button != null) {
				List<WebElement> buttons = browser.driver()
					.findElements(By.xpath("//main//button[normalize-space()='" + this.button + "']"));
				assertThat(buttons).as("the button '%s' on %s", this.button, this.path).isNotEmpty();
				browser.press(this.button);
				assertThat(browser.all(".field__error, .form-errors, [role=alert]"))
					.as("error messages after sending the form of %s empty", this.path)
					.isNotEmpty();
			}
		}

		@Override
		public String toString() {
			return this.path + (this.button != null ? " after '" + this.button + "'" : "");
		}

	}

}
