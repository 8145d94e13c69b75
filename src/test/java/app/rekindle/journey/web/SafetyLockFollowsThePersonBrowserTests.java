package app.rekindle.journey.web;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import app.rekindle.testsupport.Browser;
import app.rekindle.testsupport.BrowserTest;
import app.rekindle.testsupport.WithoutJavaScript;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser without JavaScript: reaching out closes on a journey, the person begins again,
 * the form asks whether it is the same person (and asks again, keeping what was typed, when left
 * unanswered), and Today says why reaching out stays closed.
 */
@BrowserTest
class SafetyLockFollowsThePersonBrowserTests {

	@Test
	@WithoutJavaScript
	void beginningAgainWithTheSamePersonKeepsReachingOutClosed(Browser browser) {
		LocalDate today = LocalDate.now(ZoneId.of(Browser.TIME_ZONE));
		browser.signUp("zoe.again@example.org", "quiet rivers run deep").beginJourney("Zoë", today, 40, 20);
		browser.follow("0 of 5 done · see what is left").follow("Safety questions");
		for (String question : new String[] { "Has there ever been physical violence", "Have they ever threatened",
				"Did they control", "Have you ever felt afraid", "Is there a protective order", "Have they asked you not",
				"Are they in a new relationship" }) {
			browser.answer(question, "No");
		}
		browser.answer("Have they blocked you", "Yes").press("Save my answers");
		browser.press("Yes, save my answers");
		assertThat(browser.text()).contains("Reaching out is closed for this journey, for good.");

		browser.open("/dashboard").press("Begin a journey");
		assertThat(browser.text()).contains("Is this the same person as in your journey with Zoë, which ended on")
			.contains("Yes, the same person")
			.contains("No, someone else");
		browser.resize(Browser.PHONE).screenshot("begin-journey-same-person-phone");
		browser.resize(Browser.DESKTOP).screenshot("begin-journey-same-person-desktop");

		browser.type("Their first name or initials", "Z")
			.date("When did it end?", today.minusDays(40))
			.date("When were you last in touch?", today.minusDays(2))
			.press("Begin");
		assertThat(browser.text()).contains("Please choose one answer");
		assertThat(browser.driver().findElement(org.openqa.selenium.By.id("nickname")).getDomProperty("value")).isEqualTo("Z");
		browser.resize(Browser.PHONE).screenshot("begin-journey-same-person-unanswered-phone");

		browser.tick("Yes, the same person").press("Begin");
		assertThat(browser.path()).isEqualTo("/dashboard");
		assertThat(browser.text()).contains("Step 1 of 5 · Reflection · Journey with Z")
			.contains("Reaching out stays closed")
			.contains("You told us this is the same person as in your journey with Zoë")
			.contains("They have blocked you.")
			.contains("Their answer still stands")
			.contains("Write down why it ended");
		browser.resize(Browser.PHONE).screenshot("today-carried-lock-phone");
		browser.resize(Browser.DESKTOP).screenshot("today-carried-lock-desktop");
	}

}
