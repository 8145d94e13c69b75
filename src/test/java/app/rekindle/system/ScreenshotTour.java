package app.rekindle.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import app.rekindle.account.AccountUser;
import app.rekindle.progression.RulesProperties;
import app.rekindle.testsupport.Browser;
import app.rekindle.testsupport.BrowserTest;
import app.rekindle.testsupport.EveryKindFixture;
import app.rekindle.testsupport.HandlerRoutes;
import app.rekindle.testsupport.MutableClockConfiguration;
import app.rekindle.testsupport.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Screenshots of every page, in every state worth looking at, at phone (390×844) and desktop
 * (1280×800) size, into {@code target/screenshots/}, with an {@code index.tsv} of what each shows.
 * Pages come from Spring's own handler mappings, so a page added later is photographed (or this
 * fails until it is). It also fails when a page answers with an error page or is wider than a
 * phone. Not part of the normal build (the name is not a test name): run
 * {@code scripts/screenshots.sh}.
 */
@BrowserTest
@Tag("screenshots")
@Import({ TourData.class, ScreenshotTour.DatabaseFailsForTheTour.class })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScreenshotTour {

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::[^}]*)?}");

	/** Answers that are not pages: files, feeds, and Spring's own error path. */
	private static final Predicate<String> NOT_A_PAGE = (route) -> route.matches(".*\\.(pdf|json|md|ics|webmanifest)$")
			|| route.startsWith("/calendar/") || route.equals("/error");

	/** Pages for people who are not signed in; a signed-in visit only redirects. */
	private static final Set<String> SIGNED_OUT = Set.of("/", "/login", "/signup", "/recover");

	private static final Path INDEX = Path.of("target", "screenshots", "index.tsv");

	private static final Set<String> captured = new TreeSet<>();

	private static final List<String> problems = new ArrayList<>();

	private static final List<String> index = new ArrayList<>();

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Autowired
	private TourData data;

	@Autowired
	private EveryKindFixture everyKind;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private RulesProperties rules;

	@Test
	@Order(1)
	void signedOut(Browser browser) {
		for (String path : List.of("/", "/login", "/signup", "/recover", "/support")) {
			capture(browser, "signed-out", path, path);
		}
		browser.open("/signup").type("Email", "not an email").type("Password", "short").type("Password again", "other");
		browser.press("Create my journal");
		shoot(browser, "errors-signup", "/signup (invalid)");
		browser.open("/recover").type("Email", "nobody@example.org").type("Recovery code", "2222-3333-4444");
		browser.type("New password", "a new page, a new day").type("New password again", "a new page, a new day");
		browser.press("Choose my new password");
		shoot(browser, "errors-recover", "/recover (a code that does not match)");
		browser.open("/signup").type("Email", "tour.codes@example.org").type("Password", "a quiet lake at dawn");
		browser.type("Password again", "a quiet lake at dawn").select("Your time zone", "Sao Paulo").press("Create my journal");
		shoot(browser, "signed-up-recovery-codes", "/account/recovery-codes (after sign-up: the codes, once)");
		browser.open("/account/recovery-codes");
		shoot(browser, "signed-up-recovery-codes-again", "/account/recovery-codes (reloaded: shown once)");
		browser.press("Log out");
	}

	@Test
	@Order(2)
	void emptyAccount(Browser browser) {
		AccountUser user = this.data.empty();
		logIn(browser, user);
		everyPage(browser, "empty", user, (route) -> true);
		browser.open("/history/search?q=lake");
		shoot(browser, "empty-search-no-results", "/history/search?q=lake");
		browser.open("/checkin").press("Save check-in");
		shoot(browser, "errors-checkin", "/checkin (nothing chosen)");
		browser.open("/journeys/new").type("Their first name or initials", "").press("Begin");
		shoot(browser, "errors-journey-new", "/journeys/new (empty)");
	}

	@Test
	@Order(3)
	void aYearOfCheckIns(Browser browser) {
		TourData.Full full = this.data.yearOfCheckIns();
		logIn(browser, full.user());
		everyPage(browser, "year", full.user(), (route) -> true);
		for (String range : List.of("90", "365")) {
			capture(browser, "year", "/history?range=" + range, "/history");
		}
		// A whole month of the calendar filled in, with the year's charts under it.
		capture(browser, "year", "/history?month=2026-09&range=365", "/history");
		capture(browser, "year", "/history/search?q=river", "/history/search");
		browser.open("/summary");
		((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		shoot(browser, "year-summary-print", "/summary (printed)");
		((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
	}

	@Test
	@Order(4)
	void everyKindWithASafetyLock(Browser browser) {
		EveryKindFixture.Created created = this.everyKind.create("Tour");
		logIn(browser, created.user());
		everyPage(browser, "ended", created.user(), (route) -> true);
		capture(browser, "locked-journey", "/journeys/" + created.lockedJourneyId(), "/journeys/{journeyId}");
	}

	@Test
	@Order(5)
	void laterStages(Browser browser) {
		stage(browser, "outreach", this.data.reachingOut(), "/outreach");
		stage(browser, "trust", this.data.rebuildingTrust(), "/trust");
		stage(browser, "trial", this.data.trialPeriod(this.rules.trial().checkpointDays().get(0)), "/trial");
		AccountUser movedOn = this.data.movedOn();
		logIn(browser, movedOn);
		everyPage(browser, "moved-on", movedOn,
				(route) -> route.equals("/dashboard") || route.equals("/journeys/{journeyId}"));
	}

	@Test
	@Order(5)
	void repliesThatPauseOrClose(Browser browser) {
		for (TourData.Replied replied : List.of(this.data.notReady(), this.data.coldThenSilence(), this.data.saidNo())) {
			logIn(browser, replied.user());
			String journey = "/journeys/" + replied.journeyId();
			capture(browser, replied.state(), journey + "/outreach", "/journeys/{journeyId}/outreach");
			capture(browser, replied.state(), journey + "/outreach/drafts/" + replied.draftId(),
					"/journeys/{journeyId}/outreach/drafts/{draftId}");
			capture(browser, replied.state(), journey, "/journeys/{journeyId}");
		}
	}

	/** Reflection while it is open: the parts, "Can it be fixed?" unanswered, refused, and with its gentle word. */
	@Test
	@Order(5)
	void reflection(Browser browser) {
		AccountUser fresh = this.data.reflecting(false);
		logIn(browser, fresh);
		String page = "/journeys/" + valuesOf(fresh.accountId()).get("journeyId") + "/reflection/can-it-be-fixed";
		capture(browser, "reflection-unanswered", page, "/journeys/{journeyId}/reflection/can-it-be-fixed");
		browser.press("Save my answers");
		shoot(browser, "errors-can-it-be-fixed", page + " (nothing chosen)");
		AccountUser pointingAway = this.data.reflecting(true);
		logIn(browser, pointingAway);
		everyPage(browser, "reflection", pointingAway, (route) -> route.equals("/journeys/{journeyId}")
				|| route.startsWith("/journeys/{journeyId}/reflection") || route.endsWith("/move-on")
				|| route.equals("/summary"));
	}

	/**
	 * The answers to rough edges: a check-in for a day that closed before it was sent (today's form,
	 * with all of it), a form the database could not save even on the second try (it comes back to
	 * send again), and a request Tomcat turns away (the application's own error page).
	 */
	@Test
	@Order(6)
	void roughEdges(Browser browser) {
		AccountUser user = this.data.empty();
		logIn(browser, user);
		LocalDate closed = MutableClockConfiguration.START.atZone(java.time.ZoneOffset.UTC).toLocalDate().minusDays(20);
		browser.open("/checkin");
		ChromeDriver driver = (ChromeDriver) browser.driver();
		driver.executeScript("document.querySelector('form.checkin-form').action = '/checkin/" + closed + "';"
				+ "document.querySelector('input[name=mood][value=\"2\"]').checked = true;"
				+ "document.querySelector('input[name=urge][value=\"6\"]').checked = true;"
				+ "document.querySelector('textarea[name=note]').value = 'Wrote this last night and only now pressed save.';");
		browser.press("Save check-in");
		shoot(browser, "rough-checkin-day-closed", "/checkin (a day that closed before it was sent)");

		browser.open("/dashboard");
		driver.executeScript("const form = document.createElement('form'); form.method = 'post';"
				+ "form.action = '/tour/database-fails';"
				+ "const add = (name, value) => { const input = document.createElement('input'); input.type = 'hidden';"
				+ "input.name = name; input.value = value; form.appendChild(input); };"
				+ "add('_csrf', document.querySelector('input[name=_csrf]').value); add('mood', '2'); add('urge', '6');"
				+ "add('contact', 'NONE'); add('note', 'Hard morning. Better after a walk by the river, and I did not check their profile.');"
				+ "document.body.appendChild(form); form.submit();");
		shootUnlisted(browser, "rough-not-saved", "a form the database could not save (503)");

		browser.open("/journeys%2F1");
		shootUnlisted(browser, "rough-turned-away", "/journeys%2F1 (turned away by Tomcat, 400)");
	}

	/** A page that is an error page on purpose: photographed, not counted as a problem. */
	private static void shootUnlisted(Browser browser, String name, String what) {
		List<String> before = new ArrayList<>(problems);
		shoot(browser, name, what);
		problems.removeIf((problem) -> problem.startsWith(what + ": error page") && !before.contains(problem));
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class DatabaseFailsForTheTour {

		@Bean
		DatabaseFailsController databaseFailsController() {
			return new DatabaseFailsController();
		}

	}

	@org.springframework.stereotype.Controller
	static class DatabaseFailsController {

		@org.springframework.web.bind.annotation.PostMapping("/tour/database-fails")
		String fail() {
			throw new org.springframework.dao.DataAccessResourceFailureException("The connection broke");
		}

	}

	/**
	 * The trial in depth: terms refused for a start before the step, a "not yet" with what may help,
	 * red flags and what they bring, fear shown back before it is saved, and a trial without terms.
	 */
	@Test
	@Order(5)
	void trial(Browser browser) {
		AccountUser user = this.data.trialPeriod(this.rules.trial().checkpointDays().get(0));
		logIn(browser, user);
		String trial = "/journeys/" + valuesOf(user.accountId()).get("journeyId") + "/trial";
		browser.open(trial);
		browser.driver().findElement(By.xpath("//summary[normalize-space()='Change what you agreed']")).click();
		browser.date("The day you agreed to start", LocalDate.of(2020, 1, 1)).press("Save what you agreed");
		shoot(browser, "errors-trial-terms", trial + " (a start before the step)");
		int second = this.rules.trial().checkpointDays().get(1);
		browser.open(trial + "/checkpoints/" + this.rules.trial().checkpointDays().get(0));
		browser.answer("The past no longer", "Not yet");
		shoot(browser, "trial-checkpoint-not-yet", trial + "/checkpoints/… (a not yet, with what may help)");
		browser.tick("I feel afraid of them.").press("Save the review");
		shoot(browser, "trial-checkpoint-fear", trial + "/checkpoints/… (fear, shown back before it is saved)");
		capture(browser, "trial", trial + "/worries?flags=OLD_PATTERNS&flags=WANTS_TO_STOP", "/journeys/{journeyId}/trial/worries");
		capture(browser, "trial", trial + "/worries?flags=FEAR&flags=CONTROL", "/journeys/{journeyId}/trial/worries");
		capture(browser, "trial-upcoming", trial + "/checkpoints/" + second, "/journeys/{journeyId}/trial/checkpoints/{day}");
		capture(browser, "trial", "/summary?range=journey&nickname=true&trial=true", "/summary");
		AccountUser withoutTerms = this.data.trialWithoutTerms(this.rules.trial().checkpointDays().get(0));
		logIn(browser, withoutTerms);
		String older = "/journeys/" + valuesOf(withoutTerms.accountId()).get("journeyId") + "/trial";
		capture(browser, "trial-without-terms", older, "/journeys/{journeyId}/trial");
		capture(browser, "trial-without-terms", older + "/checkpoints/" + this.rules.trial().checkpointDays().get(0),
				"/journeys/{journeyId}/trial/checkpoints/{day}");
	}

	@AfterAll
	static void report() throws IOException {
		Files.createDirectories(INDEX.getParent());
		Files.write(INDEX, index);
		System.out.println("Screenshot tour: " + index.size() + " pictures of " + captured.size() + " routes in "
				+ INDEX.getParent().toAbsolutePath());
	}

	@Test
	@Order(7)
	void everyPageWasPhotographedAndNoneWentWrong() {
		List<String> missing = HandlerRoutes.patterns(this.mappings, RequestMethod.GET)
			.stream()
			.filter(NOT_A_PAGE.negate())
			.filter((route) -> !captured.contains(route))
			.toList();
		assertThat(missing).as("pages no state of the tour photographed: give the tour data for them").isEmpty();
		assertThat(problems).as("pages that answered with an error or were wider than a phone").isEmpty();
	}

	private void stage(Browser browser, String name, AccountUser user, String part) {
		logIn(browser, user);
		everyPage(browser, name, user, (route) -> route.equals("/dashboard") || route.contains(part));
	}

	private void everyPage(Browser browser, String state, AccountUser user, Predicate<String> wanted) {
		Map<String, String> values = valuesOf(user.accountId());
		for (String route : HandlerRoutes.patterns(this.mappings, RequestMethod.GET)) {
			if (NOT_A_PAGE.test(route) || SIGNED_OUT.contains(route) || !wanted.test(route)) {
				continue;
			}
			fill(route, values).ifPresent((url) -> capture(browser, state, url, route));
		}
	}

	private void capture(Browser browser, String state, String url, String route) {
		browser.open(url);
		captured.add(route);
		String name = state + (url.equals("/") ? "-home" : url.replaceAll("[^A-Za-z0-9]+", "-"));
		shoot(browser, name.replaceAll("-+$", ""), url);
	}

	private static void shoot(Browser browser, String name, String what) {
		String heading = browser.all("h1").stream().findFirst().map((h1) -> h1.getText()).orElse("(no heading)");
		if (heading.startsWith("This page isn") || heading.startsWith("Something went wrong")
				|| heading.startsWith("That didn")) {
			problems.add(what + ": error page '" + heading + "'");
		}
		ChromeDriver driver = (ChromeDriver) browser.driver();
		for (Dimension size : List.of(Browser.PHONE, Browser.DESKTOP)) {
			boolean phone = size == Browser.PHONE;
			String suffix = phone ? "phone" : "desktop";
			// A phone's scroll bars float over the page, so the page gets all 390 pixels, as on a phone.
			driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", size.getWidth(), "height",
					size.getHeight(), "deviceScaleFactor", 1, "mobile", phone));
			Number overflow = (Number) driver
				.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
			if (overflow.intValue() > 0) {
				problems.add(what + " at " + suffix + ": " + overflow + " px wider than the window");
			}
			Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
			Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
					Map.of("format", "png", "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width",
							size.getWidth(), "height", Math.max(size.getHeight(), height.intValue()), "scale", 1)));
			try {
				Files.createDirectories(INDEX.getParent());
				Files.write(INDEX.resolveSibling(name + "-" + suffix + ".png"),
						Base64.getDecoder().decode((String) shot.get("data")));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			index.add(name + "-" + suffix + ".png\t" + what + "\t" + heading.replace('\n', ' '));
		}
		driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
	}

	private static void logIn(Browser browser, AccountUser user) {
		browser.driver().manage().deleteAllCookies();
		browser.open("/login").type("Email", user.getUsername()).type("Password", TestAccounts.PASSWORD).press("Log in");
		assertThat(browser.all("h1")).isNotEmpty();
		assertThat(browser.driver().findElements(By.cssSelector("form[action$='/logout']"))).as("signed in").isNotEmpty();
	}

	/** The first of the account's rows for each id a route can name; the active journey first. */
	private Map<String, String> valuesOf(long account) {
		Map<String, String> values = new LinkedHashMap<>();
		this.jdbc.queryForList("""
				select c.credential_id from user_credentials c join user_entities e on e.id = c.user_entity_user_id
				join account a on a.email = e.name where a.id = ? order by c.created""", String.class, account)
			.stream()
			.findFirst()
			.ifPresent((id) -> values.put("passkeyId", id));
		first("select id from journey where account_id = ? order by case when ended_at is null then 0 else 1 end, id",
				account).ifPresent((id) -> values.put("journeyId", id));
		String journey = values.get("journeyId");
		if (journey == null) {
			return values;
		}
		long journeyId = Long.parseLong(journey);
		first("select id from reflection_entry where journey_id = ? and kind = 'CAUSE' order by id", journeyId)
			.ifPresent((id) -> values.put("entryId", id));
		values.put("slug", "causes");
		first("select id from growth_goal where journey_id = ? order by id", journeyId).ifPresent((id) -> values.put("goalId", id));
		first("select id from unsent_letter where account_id = ? order by id desc", account).ifPresent((id) -> values.put("letterId", id));
		first("select id from outreach_draft where journey_id = ? order by id", journeyId).ifPresent((id) -> values.put("draftId", id));
		first("select id from trust_commitment where journey_id = ? order by id", journeyId).ifPresent((id) -> values.put("commitmentId", id));
		first("select id from trust_boundary where journey_id = ? order by id desc", journeyId).ifPresent((id) -> values.put("boundaryId", id));
		first("select id from trust_activity where journey_id = ? order by id", journeyId).ifPresent((id) -> values.put("activityId", id));
		first("select id from outreach_conversation where journey_id = ? order by id", journeyId)
			.ifPresent((id) -> values.put("conversationId", id));
		return values;
	}

	private Optional<String> first(String sql, long parameter) {
		return this.jdbc.queryForList(sql, Long.class, parameter).stream().findFirst().map(String::valueOf);
	}

	private Optional<String> fill(String route, Map<String, String> values) {
		Matcher matcher = VARIABLE.matcher(route);
		StringBuilder url = new StringBuilder();
		while (matcher.find()) {
			String value = switch (matcher.group(1)) {
				case "day" -> route.startsWith("/journeys/") ? String.valueOf(this.rules.trial().checkpointDays().get(0))
						: LocalDate.ofInstant(MutableClockConfiguration.START, java.time.ZoneId.of("Europe/Berlin")).minusDays(1).toString();
				default -> values.get(matcher.group(1));
			};
			if (value == null) {
				return Optional.empty();
			}
			matcher.appendReplacement(url, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(url);
		return Optional.of(url.toString());
	}

}
