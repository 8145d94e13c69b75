package app.rekindle.journey.web;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import app.rekindle.testsupport.Browser;
import app.rekindle.testsupport.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class JourneyBrowserTests {

	@Test
	void startsAJourneySeesTheChecklistAndCountdownThenMovesOn(Browser browser) {
		browser.open("/signup")
			.type("Email", "wren@example.org")
			.type("Password", "slow tide, steady heart")
			.type("Password again", "slow tide, steady heart")
			.press("Create my journal")
			.follow("Continue to your journal");
		assertThat(browser.text()).contains("Begin your journey");

		LocalDate today = LocalDate.now(ZoneId.of(Browser.TIME_ZONE));
		browser.press("Begin a journey");
		assertThat(browser.heading()).isEqualTo("Begin a journey");
		browser.type("Their first name or initials", "Sam")
			.date("When did it end?", today.minusDays(30))
			.date("When were you last in touch?", today.minusDays(12))
			.type("How many days of no contact?", "30")
			.press("Begin");

		assertThat(browser.path()).isEqualTo("/dashboard");
		assertThat(browser.text()).contains("Your journey has begun.")
			.contains("Step 1 of 5 · Reflection · Journey with Sam")
			.contains("Name at least one cause of the breakup")
			.contains("0 of 5 done")
			.doesNotContain("What this step asks");
		browser.resize(Browser.PHONE).screenshot("today-journey-phone");
		browser.resize(Browser.DESKTOP).screenshot("today-journey-desktop");

		// The one next step leads straight to where it is done.
		browser.press("Write down why it ended");
		assertThat(browser.path()).endsWith("/reflection/causes");

		// The progress line leads to the step's page: the checklist, the countdown and the timeline.
		browser.open("/dashboard").follow("0 of 5 done · see what is left");
		assertThat(browser.text()).contains("Step 1 of 5 · Journey with Sam")
			.contains("Days since you were last in touch")
			.contains("What this step asks")
			.contains("Why it ended")
			.contains("Began the journey");
		assertThat(browser.all(".timer__number")).singleElement()
			.satisfies((days) -> assertThat(days.getText()).isEqualTo("12"));
		assertThat(browser.all(".checklist__status")).allSatisfy((status) -> assertThat(status.getText()).containsIgnoringCase("Open"));
		browser.resize(Browser.PHONE).screenshot("journey-step-phone");
		browser.resize(Browser.DESKTOP).screenshot("journey-step-desktop");

		// Continue is not open yet, and says why right beside it: there is nothing to press.
		assertThat(browser.all("button")).noneSatisfy((button) -> assertThat(button.getText()).isEqualTo("Continue to No contact"));
		assertThat(browser.driver().findElement(org.openqa.selenium.By.id("next")).getText())
			.contains("Continue to No contact").contains("Opens when these are done:").contains("Name at least one cause of the breakup");

		browser.press("Move on");
		assertThat(browser.heading()).isEqualTo("Moving on");
		browser.type("A note to yourself (optional)", "I want my evenings back.").press("Yes, I choose to move on");

		assertThat(browser.heading()).isEqualTo("Moving on");
		assertThat(browser.text()).contains("That took courage, and it is a good outcome.")
			.contains("I want my evenings back.")
			.contains("Chose to move on")
			.contains("begin a new journey");
		browser.resize(Browser.PHONE).screenshot("closure-phone");
		browser.resize(Browser.DESKTOP).screenshot("closure-desktop");

		browser.open("/dashboard");
		assertThat(browser.text()).contains("Your last journey").contains("Begin a journey");
	}

}
