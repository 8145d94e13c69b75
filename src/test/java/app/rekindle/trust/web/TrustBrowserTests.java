package app.rekindle.trust.web;

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
class TrustBrowserTests {

	@Autowired
	private UserDetailsService users;

	@Autowired
	private JourneyService journeys;

	@Autowired
	private TestJourneys testJourneys;

	@Test
	void logsACommitmentKeptAndASharedActivity(Browser browser) {
		LocalDate today = LocalDate.now(ZoneId.of(Browser.TIME_ZONE));
		browser.signUp("wren.trust@example.org", "kept promises grow roots").beginJourney("Ali", today, 120, 90);
		AccountUser user = (AccountUser) this.users.loadUserByUsername("wren.trust@example.org");
		long journeyId = this.journeys.active(user.accountId()).orElseThrow().journey().getId();
		this.testJourneys.putInStage(journeyId, Stage.REBUILDING_TRUST);

		browser.open("/journeys/" + journeyId).follow("Commitments");
		browser.type("The promise", "Call when I am running late, every time.")
			.date("Due on", today.plusDays(7))
			.press("Save");
		assertThat(browser.text()).contains("Call when I am running late, every time.");
		browser.press("Mark as kept");
		assertThat(browser.text()).contains("Marked as kept. Well done.").contains("1 of 1 kept (100%)");
		browser.resize(Browser.PHONE).screenshot("trust-commitments-phone");
		browser.resize(Browser.DESKTOP);

		browser.open("/journeys/" + journeyId).follow("Shared activities");
		browser.date("When", today.minusDays(1))
			.type("What you did together", "Cooked dinner and walked by the canal.")
			.tick("Something new")
			.tick("5 · Really good")
			.answer("Did an old trigger come up?", "No")
			.press("Save");
		assertThat(browser.text()).contains("Cooked dinner and walked by the canal.");
		browser.screenshot("trust-activities-desktop");

		browser.open("/dashboard");
		assertThat(browser.text()).contains("Step 4 of 5");
	}

}
