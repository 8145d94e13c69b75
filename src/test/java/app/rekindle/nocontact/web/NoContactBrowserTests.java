package app.rekindle.nocontact.web;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import app.rekindle.account.AccountUser;
import app.rekindle.journey.JourneyService;
import app.rekindle.progression.Stage;
import app.rekindle.testsupport.Browser;
import app.rekindle.testsupport.BrowserTest;
import app.rekindle.testsupport.TestJourneys;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class NoContactBrowserTests {

	@Autowired
	private UserDetailsService users;

	@Autowired
	private JourneyService journeys;

	@Autowired
	private TestJourneys testJourneys;

	@Test
	void checksInSlipsWritesAnUnsentLetterAndSeesTheCalendar(Browser browser) {
		LocalDate today = LocalDate.now(ZoneId.of(Browser.TIME_ZONE));
		browser.signUp("lark@example.org", "mornings are kinder now").beginJourney("Jo", today, 30, 6);
		AccountUser user = (AccountUser) this.users.loadUserByUsername("lark@example.org");
		long journeyId = this.journeys.active(user.accountId()).orElseThrow().journey().getId();
		// Reflection is covered by its own browser test; this one starts in no contact.
		this.testJourneys.putInStage(journeyId, Stage.NO_CONTACT);

		browser.open("/dashboard").follow("full check-in");
		assertThat(browser.heading()).isEqualTo("Today’s check-in");
		browser.tick("2 Low").tick("9").tick("I reached out to them").tick("Time outside")
			.type("A short note (optional)", "I sent a message at midnight. Tomorrow is a new day.")
			.resize(Browser.PHONE);
		browser.screenshot("checkin-phone");
		browser.resize(Browser.DESKTOP).press("Save check-in");
		assertThat(browser.heading()).isEqualTo("Thank you for being honest");
		assertThat(browser.text()).contains("You reached out, and that is human.");
		browser.press("Back to today");
		assertThat(browser.text()).contains("Mood: 2 · Low")
			.contains("Urge to contact: 9 of 10");
		browser.open("/journeys/" + journeyId);
		assertThat(browser.all(".timer__number")).singleElement().satisfies((days) -> assertThat(days.getText()).isEqualTo("0"));

		browser.follow("I want to text them");
		assertThat(browser.heading()).isEqualTo("Before you text them");
		browser.tick("7").type("Your unsent letter (optional)", "I wanted to tell you about the concert. I will tell my journal instead.")
			.press("Keep it here, and let the moment pass");
		assertThat(browser.text()).contains("Your letter is kept here, unsent");
		browser.open("/letters");
		assertThat(browser.text()).contains("I wanted to tell you about the concert.");

		browser.open("/history");
		assertThat(browser.heading()).isEqualTo("History");
		assertThat(browser.all("table.calendar")).hasSize(1);
		assertThat(browser.text()).contains("1 check-in in the last 30 days.");
		assertThat(browser.all("#chart-mood circle")).hasSize(1);
		browser.resize(Browser.PHONE).screenshot("history-phone");
		browser.resize(Browser.DESKTOP).screenshot("history-desktop");
	}

}
