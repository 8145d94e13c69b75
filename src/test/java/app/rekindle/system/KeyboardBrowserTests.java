package app.rekindle.system;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import app.rekindle.journey.JourneyService;
import app.rekindle.journey.JourneySetup;
import app.rekindle.progression.Stage;
import app.rekindle.reflection.BreakupCause;
import app.rekindle.reflection.EntryContent;
import app.rekindle.reflection.EntryKind;
import app.rekindle.reflection.Motive;
import app.rekindle.reflection.ReflectionService;
import app.rekindle.reflection.SafetyAnswers;
import app.rekindle.testsupport.Browser;
import app.rekindle.testsupport.BrowserTest;
import app.rekindle.testsupport.MutableClock;
import app.rekindle.testsupport.MutableClockConfiguration;
import app.rekindle.testsupport.TestJourneys;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing up, checking in and moving a journey on, with the keyboard alone: Tab and Shift+Tab,
 * typing, Space, arrow keys and Enter. Along the way every stop of the tab order comes in the
 * order the page shows it, shows where the focus is, and every field has a label; after a form
 * comes back with errors, each field in error says so ({@code aria-invalid}) and points at its
 * message ({@code aria-describedby}).
 */
@BrowserTest
class KeyboardBrowserTests {

	private static final String PASSWORD = "the kettle sings at seven";

	@Autowired
	private MutableClock clock;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private JourneyService journeys;

	@Autowired
	private ReflectionService reflection;

	@Autowired
	private TestJourneys testJourneys;

	@BeforeEach
	void startOfTheStory() {
		this.clock.set(MutableClockConfiguration.START);
	}

	@Test
	void signsUpChecksInAndMovesOnWithTheKeyboardAlone(Browser browser) {
		browser.resize(Browser.PHONE);
		String email = "tabby." + System.nanoTime() + "@example.org";

		browser.open("/signup");
		List<Map<String, Object>> stops = tabThroughMain(browser);
		assertThat(ids(stops)).containsSubsequence("email", "password", "passwordConfirmation", "timeZone");
		assertInVisualOrder(stops);
		assertEveryFieldLabelled(browser);

		tabTo(browser, "email").sendKeys("not an address");
		tabTo(browser, "password").sendKeys(PASSWORD);
		tabTo(browser, "passwordConfirmation").sendKeys("a different sentence");
		pressTabUntil(browser, "button", "Create my journal").sendKeys(Keys.ENTER);
		waitForHeading(browser, "Start your journal");
		assertErrorsTiedToTheirFields(browser, "email", "passwordConfirmation");

		tabTo(browser, "email").sendKeys(Keys.chord(Keys.CONTROL, "a"), email);
		tabTo(browser, "password").sendKeys(PASSWORD);
		tabTo(browser, "passwordConfirmation").sendKeys(PASSWORD);
		pressTabUntil(browser, "button", "Create my journal").sendKeys(Keys.SPACE);
		waitForPath(browser, "/account/recovery-codes");
		pressTabUntil(browser, "a", "Continue to your journal").sendKeys(Keys.ENTER);
		waitForPath(browser, "/dashboard");

		pressTabUntil(browser, "a", "Check in").sendKeys(Keys.ENTER);
		browser.waitUpTo(java.time.Duration.ofSeconds(10))
			.until((d) -> browser.path().startsWith("/checkin/"));
		stops = tabThroughMain(browser);
		assertInVisualOrder(stops);
		assertEveryFieldLabelled(browser);
		pressTabUntil(browser, "button", "Save check-in").sendKeys(Keys.ENTER);
		waitForHeading(browser, "Today’s check-in");
		// "No contact" comes chosen, so only the two scales can be missing.
		assertErrorsTiedToTheirFields(browser, "mood1", "urge0");

		// A radio group is one tab stop; the arrow keys choose within it.
		tabTo(browser, "mood1").sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
		assertThat(active(browser).getDomAttribute("value")).isEqualTo("4");
		pressTab(browser).sendKeys(Keys.SPACE);
		assertThat(active(browser).getDomAttribute("name")).isEqualTo("urge");
		pressTab(browser).sendKeys(Keys.SPACE);
		assertThat(active(browser).getDomAttribute("name")).isEqualTo("contact");
		pressTab(browser).sendKeys(Keys.SPACE);
		assertThat(active(browser).getDomAttribute("name")).isEqualTo("selfCare");
		pressTabUntil(browser, "textarea", "").sendKeys("Walked by the river.");
		pressTabUntil(browser, "button", "Save check-in").sendKeys(Keys.ENTER);
		waitForPath(browser, "/dashboard");
		assertThat(browser.text()).contains("Checked in.");

		long accountId = this.jdbc.queryForObject("select id from account where email = ?", Long.class, email);
		java.time.LocalDate today = java.time.LocalDate.ofInstant(this.clock.instant(), java.time.ZoneOffset.UTC);
		long journeyId = this.journeys
			.start(accountId, new JourneySetup("Sam", today.minusDays(40), today.minusDays(12), 30))
			.getId();
		// Before the gate opens, Today's next step is a link to where the work is done.
		browser.open("/dashboard");
		pressTabUntil(browser, "a", "Write down why it ended").sendKeys(Keys.ENTER);
		waitForPath(browser, "/journeys/" + journeyId + "/reflection/causes");

		this.reflection.add(accountId, journeyId, new EntryContent(EntryKind.CAUSE, BreakupCause.COMMUNICATION, "we drifted", null));
		this.reflection.add(accountId, journeyId, new EntryContent(EntryKind.MISTAKE, null, "I went quiet", "say it"));
		this.reflection.add(accountId, journeyId, new EntryContent(EntryKind.MISTAKE, null, "I kept score", "let go"));
		this.reflection.add(accountId, journeyId, new EntryContent(EntryKind.TRIGGER, null, "Sundays", "call a friend"));
		this.reflection.answerMotives(accountId, journeyId, EnumSet.of(Motive.BOTH_CHANGED), null);
		this.reflection.answerSafetyScreen(accountId, journeyId,
				new SafetyAnswers(false, false, false, false, false, false, false, false));
		browser.open("/dashboard");
		stops = tabThroughMain(browser);
		assertInVisualOrder(stops);
		pressTabUntil(browser, "button", "Continue to No contact").sendKeys(Keys.ENTER);
		browser.waitUpTo(java.time.Duration.ofSeconds(10))
			.until((d) -> this.testJourneys.stageOf(journeyId).equals(Stage.NO_CONTACT.name()));
		waitForPath(browser, "/dashboard");
		assertThat(browser.driver().findElement(By.cssSelector("[role=status]")).getText()).isNotBlank();
	}

	/**
	 * Presses Tab from the top of the page until the focus leaves the page, checking at each stop
	 * that the focus shows (the element's outline or shadow differs from when it is not focused), and
	 * returns the stops inside the main content with their positions.
	 */
	private List<Map<String, Object>> tabThroughMain(Browser browser) {
		js(browser, "document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
		List<Map<String, Object>> stops = new ArrayList<>();
		WebElement previous = null;
		String previousLook = null;
		for (int i = 0; i < 80; i++) {
			WebElement now = pressTab(browser);
			if (previous != null) {
				String unfocusedLook = look(browser, previous);
				assertThat(unfocusedLook).as("the focus shows on %s", describe(browser, previous)).isNotEqualTo(previousLook);
			}
			if ("body".equals(now.getTagName()) || stops.stream().anyMatch((stop) -> now.equals(stop.get("element")))) {
				break;
			}
			previous = now;
			previousLook = look(browser, now);
			@SuppressWarnings("unchecked")
			Map<String, Object> stop = (Map<String, Object>) js(browser, """
					var e = arguments[0], r = e.getBoundingClientRect();
					return { id: e.id, tag: e.tagName.toLowerCase(), text: (e.innerText || e.value || '').trim(),
					  inMain: !!e.closest('main'), x: r.left + window.scrollX, y: r.top + window.scrollY };
					""", now);
			stop = new java.util.HashMap<>(stop);
			stop.put("element", now);
			if (Boolean.TRUE.equals(stop.get("inMain"))) {
				stops.add(stop);
			}
		}
		assertThat(stops).as("tab stops in the main content").isNotEmpty();
		return stops;
	}

	/** Each stop starts below the one before, or on the same line to its right. */
	private static void assertInVisualOrder(List<Map<String, Object>> stops) {
		for (int i = 1; i < stops.size(); i++) {
			Map<String, Object> before = stops.get(i - 1);
			Map<String, Object> after = stops.get(i);
			double dy = number(after, "y") - number(before, "y");
			double dx = number(after, "x") - number(before, "x");
			assertThat(dy > 4 || (Math.abs(dy) <= 4 && dx > 0))
				.as("tab stop %s (%s) comes after %s (%s) on the page", label(after), after.get("y"), label(before),
						before.get("y"))
				.isTrue();
		}
	}

	private static void assertEveryFieldLabelled(Browser browser) {
		Object unlabelled = js(browser, """
				return Array.from(document.querySelectorAll('main input:not([type=hidden]), main select, main textarea'))
				  .filter(function (e) {
				    var named = (e.labels && Array.from(e.labels).some(function (l) { return l.innerText.trim() !== ''; }))
				      || e.getAttribute('aria-label') || e.getAttribute('aria-labelledby');
				    return !named;
				  }).map(function (e) { return e.name || e.id; });
				""");
		assertThat((List<?>) unlabelled).as("fields without a label").isEmpty();
	}

	/** Each named field says it is invalid and points, through aria-describedby, at a visible message. */
	private static void assertErrorsTiedToTheirFields(Browser browser, String... ids) {
		for (String id : ids) {
			WebElement field = browser.driver().findElement(By.id(id));
			assertThat(field.getDomAttribute("aria-invalid")).as("aria-invalid of #%s", id).isEqualTo("true");
			String describedBy = field.getDomAttribute("aria-describedby");
			assertThat(describedBy).as("aria-describedby of #%s", id).isNotBlank();
			List<String> messages = new ArrayList<>();
			for (String ref : describedBy.trim().split("\\s+")) {
				List<WebElement> target = browser.driver().findElements(By.id(ref));
				assertThat(target).as("#%s describedby #%s exists", id, ref).hasSize(1);
				if (target.get(0).getDomAttribute("class") != null
						&& target.get(0).getDomAttribute("class").contains("field__error")) {
					assertThat(target.get(0).isDisplayed()).isTrue();
					messages.add(target.get(0).getText());
				}
			}
			assertThat(messages).as("error messages tied to #%s", id).isNotEmpty().allSatisfy((m) -> assertThat(m).isNotBlank());
		}
	}

	private static WebElement tabTo(Browser browser, String id) {
		for (int i = 0; i < 60; i++) {
			WebElement now = pressTab(browser);
			if (id.equals(now.getDomAttribute("id"))) {
				return now;
			}
		}
		throw new AssertionError("Tab never reached #" + id);
	}

	private static WebElement pressTabUntil(Browser browser, String tag, String text) {
		for (int i = 0; i < 80; i++) {
			WebElement now = pressTab(browser);
			if (now.getTagName().equals(tag) && (text.isEmpty() || now.getText().trim().equals(text))) {
				return now;
			}
		}
		throw new AssertionError("Tab never reached the " + tag + " '" + text + "'");
	}

	private static WebElement pressTab(Browser browser) {
		active(browser).sendKeys(Keys.TAB);
		return active(browser);
	}

	private static WebElement active(Browser browser) {
		return browser.driver().switchTo().activeElement();
	}

	/** What shows focus: the outline and the shadow, as computed. */
	private static String look(Browser browser, WebElement element) {
		return String.valueOf(js(browser, """
				var s = getComputedStyle(arguments[0]);
				return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.textDecorationLine,
				  s.backgroundColor, s.borderColor].join(' | ');
				""", element));
	}

	private static String describe(Browser browser, WebElement element) {
		return element.getTagName() + "#" + element.getDomAttribute("id") + " '" + element.getText() + "'";
	}

	private static List<String> ids(List<Map<String, Object>> stops) {
		return stops.stream().map((stop) -> String.valueOf(stop.get("id"))).toList();
	}

	private static String label(Map<String, Object> stop) {
		return stop.get("tag") + "#" + stop.get("id") + " '" + stop.get("text") + "'";
	}

	private static double number(Map<String, Object> stop, String key) {
		return ((Number) stop.get(key)).doubleValue();
	}

	private static Object js(Browser browser, String script, Object... args) {
		return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
	}

	private static void waitForPath(Browser browser, String path) {
		browser.waitUpTo(java.time.Duration.ofSeconds(10))
			.until((d) -> browser.path().equals(path));
	}

	private static void waitForHeading(Browser browser, String heading) {
		browser.waitUpTo(java.time.Duration.ofSeconds(10))
			.until((d) -> !d.findElements(By.cssSelector(".field__error, .form-errors")).isEmpty());
		assertThat(browser.heading()).isEqualTo(heading);
	}

}
