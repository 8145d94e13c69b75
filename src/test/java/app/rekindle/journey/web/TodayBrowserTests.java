package app.rekindle.journey.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import app.rekindle.account.AccountUser;
import app.rekindle.checkin.CheckInAnswers;
import app.rekindle.checkin.CheckInService;
import app.rekindle.checkin.ContactKind;
import app.rekindle.progression.Stage;
import app.rekindle.reflection.EntryContent;
import app.rekindle.reflection.EntryKind;
import app.rekindle.reflection.ReflectionService;
import app.rekindle.testsupport.Browser;
import app.rekindle.testsupport.BrowserTest;
import app.rekindle.testsupport.EveryKindFixture;
import app.rekindle.testsupport.MutableClock;
import app.rekindle.testsupport.MutableClockConfiguration;
import app.rekindle.testsupport.TestAccounts;
import app.rekindle.testsupport.TestJourneys;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Today on a phone, in every stage and state the every-kind fixture knows, plus the states Today
 * itself adds (nothing yet, a fresh journey, an open gate, the support card): it fits two phone
 * screens, never runs wider than the phone, and always offers the pause and a way forward.
 */
@BrowserTest
@Import(MutableClockConfiguration.class)
class TodayBrowserTests {

	/** Two screens of a 390×844 phone, less the browser's own bars. */
	static final int MAX_HEIGHT = 1700;

	@Autowired
	private EveryKindFixture fixture;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private TestJourneys journeys;

	@Autowired
	private ReflectionService reflection;

	@Autowired
	private CheckInService checkIns;

	@Autowired
	private MutableClock clock;

	@BeforeEach
	void startOfTheStory() {
		this.clock.set(MutableClockConfiguration.START);
	}

	@Test
	void todayFitsTwoPhoneScreensInEveryStageAndState(Browser browser) {
		Map<String, Supplier<AccountUser>> states = new LinkedHashMap<>();
		states.put("nothing-yet", this.accounts::create);
		states.put("fresh-journey", () -> {
			AccountUser user = this.accounts.create();
			this.journeys.start(user);
			return user;
		});
		for (Stage stage : java.util.List.of(Stage.REFLECTION, Stage.NO_CONTACT, Stage.REACHING_OUT, Stage.REBUILDING_TRUST,
				Stage.TRIAL_PERIOD)) {
			states.put("in-" + stage, () -> this.fixture.createInStage("T", stage).user());
		}
		states.put("reflection-done-gate-open", () -> {
			EveryKindFixture.Created created = this.fixture.createInStage("T", Stage.REFLECTION);
			this.reflection.add(created.user().accountId(), created.journeyId(),
					new EntryContent(EntryKind.MISTAKE, null, "I kept score", "let things go"));
			return created.user();
		});
		states.put("no-contact-low-days-and-a-slip", () -> {
			EveryKindFixture.Created created = this.fixture.createInStage("T", Stage.NO_CONTACT);
			LocalDate today = created.firstDay();
			long account = created.user().accountId();
			this.checkIns.record(account, new CheckInAnswers(today.minusDays(1), 1, 9, ContactKind.I_REACHED_OUT,
					Set.of(), null, null));
			this.checkIns.record(account, new CheckInAnswers(today.minusDays(3), 2, 8, ContactKind.NONE, Set.of(),
					null, null));
			return created.user();
		});
		states.put("ended-together-then-locked", () -> this.fixture.create("T").user());

		browser.resize(Browser.PHONE);
		Map<String, Long> heights = new LinkedHashMap<>();
		states.forEach((state, user) -> {
			signIn(browser, user.get());
			browser.open("/dashboard");
			long height = number(browser, "return document.documentElement.scrollHeight");
			long width = number(browser, "return document.documentElement.scrollWidth");
			heights.put(state, height);
			browser.screenshot("today-phone-" + state);
			assertThat(width).as("%s: no wider than the phone", state).isLessThanOrEqualTo(Browser.PHONE.width);
			assertThat(height).as("%s: Today's height at 390×844", state).isLessThanOrEqualTo(MAX_HEIGHT);
			assertThat(browser.driver().findElements(By.cssSelector("a[href='/pause']")))
				.as("%s: the pause is there", state)
				.isNotEmpty();
		});
		System.out.println("Today's height at 390×844, per state: " + heights);
		assertThat(heights.get("no-contact-low-days-and-a-slip")).isPositive();
	}

	@Test
	void aSupportCardComesAfterSeveralLowDaysAndStaysAwayForTheDayOnceDismissed(Browser browser) {
		EveryKindFixture.Created created = this.fixture.createInStage("T", Stage.NO_CONTACT);
		long account = created.user().accountId();
		LocalDate today = created.firstDay();
		this.checkIns.record(account, new CheckInAnswers(today.minusDays(1), 1, 5, ContactKind.NONE, Set.of(), null, null));
		signIn(browser, created.user());
		browser.open("/dashboard");
		assertThat(browser.text()).doesNotContain("A few heavy days");

		this.checkIns.record(account, new CheckInAnswers(today.minusDays(3), 2, 5, ContactKind.NONE, Set.of(), null, null));
		browser.open("/dashboard");
		assertThat(browser.text()).contains("A few heavy days");
		browser.press("Not now");
		assertThat(browser.path()).isEqualTo("/dashboard");
		assertThat(browser.text()).doesNotContain("A few heavy days");
	}

	@Test
	void aContinueThatIsNotOpenSaysWhyRightBesideItOnAPhone(Browser browser) {
		EveryKindFixture.Created created = this.fixture.createInStage("T", Stage.NO_CONTACT);
		signIn(browser, created.user());
		browser.resize(Browser.PHONE);
		browser.open("/journeys/" + created.journeyId());
		WebElement unavailable = browser.driver().findElement(By.cssSelector(".button--unavailable"));
		assertThat(unavailable.getText()).isEqualTo("Continue to Reaching out");
		assertThat(unavailable.getTagName()).as("nothing to tap").isNotEqualTo("button");
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'start'})", unavailable);
		WebElement firstReason = browser.driver().findElement(By.cssSelector("#next .plain-list li"));
		long viewport = number(browser, "return window.innerHeight");
		long reasonBottom = number(browser, "return arguments[0].getBoundingClientRect().bottom", firstReason);
		assertThat(reasonBottom).as("the first reason is in view beside the button").isLessThanOrEqualTo(viewport);
		browser.screenshot("journey-phone-continue-unavailable");
	}

	private static long number(Browser browser, String script, Object... args) {
		return ((Number) ((JavascriptExecutor) browser.driver()).executeScript(script, args)).longValue();
	}

	private static void signIn(Browser browser, AccountUser user) {
		browser.driver().manage().deleteAllCookies();
		browser.open("/login").type("Email", user.getUsername()).type("Password", TestAccounts.PASSWORD).press("Log in");
		assertThat(browser.path()).isEqualTo("/dashboard");
	}

}
