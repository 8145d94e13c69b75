package app.rekindle.checkin.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import app.rekindle.account.AccountClock;
import app.rekindle.account.AccountUser;
import app.rekindle.checkin.CheckIn;
import app.rekindle.checkin.CheckInService;
import app.rekindle.checkin.ContactKind;
import app.rekindle.testsupport.AxeScan;
import app.rekindle.testsupport.Browser;
import app.rekindle.testsupport.BrowserTest;
import app.rekindle.testsupport.TestAccounts;
import app.rekindle.testsupport.TestJourneys;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check-in's scales on a phone, and the quick check-in as Today holds it: each scale is one row
 * of targets at 390 and 320 pixels wide, nothing is wider than the window, a complete check-in is
 * three taps, and a hard one lands on the pause first.
 */
@BrowserTest
@Import(QuickCheckInBrowserTests.TodayWithTheQuickCheckIn.class)
class QuickCheckInBrowserTests {

	private static final Dimension SMALL_PHONE = new Dimension(320, 640);

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private TestJourneys journeys;

	@Autowired
	private CheckInService checkIns;

	@Autowired
	private AccountClock accountClock;

	@Test
	void theFullFormHasEachScaleInOneRowAndAHardCheckInLandsOnThePause(Browser browser) {
		AccountUser user = signIn(browser);
		this.journeys.start(user);
		browser.open("/checkin");
		for (Dimension size : List.of(Browser.PHONE, SMALL_PHONE, Browser.DESKTOP)) {
			browser.resize(size);
			assertOneRowEach(browser, size);
		}
		screenshots(browser, "checkin-form");
		assertNoSeriousViolations(browser, "the check-in form");

		browser.resize(Browser.PHONE);
		tap(browser, "2 Low");
		tap(browser, "8");
		// The arrow keys move the choice within a scale, and the focus shows where it is.
		WebElement urge = browser.driver().findElement(By.id("urge8"));
		urge.sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_LEFT);
		assertThat(browser.driver().switchTo().activeElement().getDomAttribute("id")).isEqualTo("urge8");
		assertThat(urge.isSelected()).isTrue();
		for (String scheme : List.of("light", "dark")) {
			AxeScan.colorScheme(browser, scheme);
			browser.screenshot("checkin-form-chosen-phone-" + scheme);
		}
		AxeScan.colorScheme(browser, "light");
		browser.press("Save check-in");
		LocalDate today = this.accountClock.today(user.accountId());
		assertThat(browser.path()).isEqualTo("/checkin/" + today + "/saved");
		assertThat(browser.heading()).isEqualTo("A strong pull today");
		List<WebElement> actions = browser.all("main a.button");
		assertThat(actions).extracting(WebElement::getText).containsExactly("Take a pause", "Back to today");
		assertThat(actions.get(0).getRect().getY()).isLessThan(actions.get(1).getRect().getY());
		assertFitsTheWindow(browser, Browser.PHONE);
		screenshots(browser, "checkin-hard-moment");
		assertNoSeriousViolations(browser, "the answer to a hard check-in");

		browser.follow("Take a pause");
		assertThat(browser.heading()).isEqualTo("Before you text them");
	}

	@Test
	void aCompleteCheckInFromAPageWithTheQuickFormTakesThreeTaps(Browser browser) {
		AccountUser user = signIn(browser);
		browser.resize(Browser.PHONE).open("/test/quick-checkin");
		assertOneRowEach(browser, Browser.PHONE);
		browser.resize(SMALL_PHONE);
		assertOneRowEach(browser, SMALL_PHONE);
		browser.resize(Browser.PHONE);
		browser.screenshot("checkin-quick-phone");
		assertThat(browser.all("input[type=radio]:checked")).as("nothing chosen before the person chooses").isEmpty();

		int taps = 0;
		tap(browser, "3 Okay");
		taps++;
		tap(browser, "4");
		taps++;
		browser.press("Save check-in");
		taps++;

		assertThat(taps).isLessThanOrEqualTo(3);
		assertThat(browser.path()).isEqualTo("/dashboard");
		assertThat(browser.text()).contains("Checked in.");
		CheckIn saved = this.checkIns.on(user.accountId(), this.accountClock.today(user.accountId())).orElseThrow();
		assertThat(saved.getMood()).isEqualTo(3);
		assertThat(saved.getUrge()).isEqualTo(4);
		assertThat(saved.getContact()).isEqualTo(ContactKind.NONE);
	}

	@Test
	void aSlipThroughTheFullFormIsAnsweredWithThePauseFirst(Browser browser) {
		signIn(browser);
		browser.resize(Browser.PHONE).open("/checkin");
		tap(browser, "3 Okay");
		tap(browser, "2");
		browser.tick("I reached out to them").press("Save check-in");
		assertThat(browser.heading()).isEqualTo("Thank you for being honest");
		assertThat(browser.text()).contains("You reached out, and that is human.");
		assertThat(browser.all("main a.button")).extracting(WebElement::getText).first().isEqualTo("Take a pause");
		browser.press("Back to today");
		assertThat(browser.path()).isEqualTo("/dashboard");
	}

	/** One tap on the target a person sees: the label, whose radio lies over it. */
	private static void tap(Browser browser, String label) {
		browser.driver().findElement(By.xpath("//label[normalize-space()='" + label + "']")).click();
	}

	private AccountUser signIn(Browser browser) {
		AccountUser user = this.accounts.create();
		browser.open("/login").type("Email", user.getUsername()).type("Password", TestAccounts.PASSWORD).press("Log in");
		assertThat(browser.path()).isEqualTo("/dashboard");
		return user;
	}

	private static void assertOneRowEach(Browser browser, Dimension size) {
		for (String scale : List.of(".tap-scale--mood", ".tap-scale--urge")) {
			List<WebElement> options = browser.all(scale + " .tap-scale__option");
			assertThat(options).hasSize(scale.endsWith("mood") ? 5 : 11);
			assertThat(options).as("%s in one row at %s", scale, size)
				.extracting((option) -> option.getRect().getY())
				.containsOnly(options.get(0).getRect().getY());
			assertThat(options).as("%s targets at least 44 pixels tall at %s", scale, size)
				.allSatisfy((option) -> assertThat(option.getRect().getHeight()).isGreaterThanOrEqualTo(44));
			// At 320 the headless browser's own scroll bar takes 15 of the pixels a phone's overlay bar leaves free.
			int narrowest = (size.getWidth() < Browser.PHONE.getWidth()) ? 22 : 24;
			assertThat(options).as("%s targets at least %d pixels wide at %s", scale, narrowest, size)
				.allSatisfy((option) -> assertThat(option.getRect().getWidth()).isGreaterThanOrEqualTo(narrowest));
		}
		assertFitsTheWindow(browser, size);
	}

	private static void assertFitsTheWindow(Browser browser, Dimension size) {
		@SuppressWarnings("unchecked")
		Map<String, Number> widths = (Map<String, Number>) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
			.executeScript("return { page: document.documentElement.scrollWidth, window: window.innerWidth }");
		assertThat(widths.get("page").intValue()).as("page width at %s", size).isLessThanOrEqualTo(widths.get("window").intValue());
	}

	private static void screenshots(Browser browser, String name) {
		for (String scheme : List.of("light", "dark")) {
			AxeScan.colorScheme(browser, scheme);
			browser.resize(Browser.PHONE).screenshot(name + "-phone-" + scheme);
			browser.resize(Browser.DESKTOP).screenshot(name + "-desktop-" + scheme);
		}
		AxeScan.colorScheme(browser, "light");
	}

	private static void assertNoSeriousViolations(Browser browser, String page) {
		AxeScan axe = AxeScan.of(browser);
		for (Dimension size : List.of(Browser.PHONE, Browser.DESKTOP)) {
			browser.resize(size);
			AxeScan.colorScheme(browser, "light");
			assertThat(axe.everyRule(page + ", light")).as("%s at %s, light", page, size).isEmpty();
			AxeScan.colorScheme(browser, "dark");
			assertThat(axe.colours(page + ", dark")).as("%s at %s, dark", page, size).isEmpty();
		}
		AxeScan.colorScheme(browser, "light");
	}

	/** A stand-in for Today that holds the quick check-in, until Today itself does. */
	@Controller
	static class TodayWithTheQuickCheckIn {

		private final AccountClock accountClock;

		TodayWithTheQuickCheckIn(AccountClock accountClock) {
			this.accountClock = accountClock;
		}

		@GetMapping("/test/quick-checkin")
		String page(@AuthenticationPrincipal AccountUser user, Model model) {
			model.addAttribute("today", this.accountClock.today(user.accountId()));
			return "test/quick-checkin";
		}

	}

}
