package app.rekindle.outreach.web;

import java.time.Duration;
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
import app.rekindle.testsupport.MutableClock;
import app.rekindle.testsupport.MutableClockConfiguration;
import app.rekindle.testsupport.TestJourneys;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class OutreachBrowserTests {

	@Autowired
	private MutableClock clock;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private JourneyService journeys;

	@Autowired
	private TestJourneys testJourneys;

	@Test
	void writesADraftSeesItsFindingsAndLogsAWarmReply(Browser browser) {
		this.clock.set(MutableClockConfiguration.START);
		LocalDate today = this.clock.instant().atZone(ZoneId.of(Browser.TIME_ZONE)).toLocalDate();
		browser.signUp("finch@example.org", "slow steps are still steps").beginJourney("Mo", today, 90, 60);
		AccountUser user = (AccountUser) this.users.loadUserByUsername("finch@example.org");
		long journeyId = this.journeys.active(user.accountId()).orElseThrow().journey().getId();
		this.testJourneys.putInStage(journeyId, Stage.REACHING_OUT);

		browser.open("/dashboard").press("Your messages and conversations");
		assertThat(browser.heading()).isEqualTo("Reaching out");
		browser.tick("A short text")
			.type("The message", "I miss you so much. Can we try again? Are you seeing someone?")
			.press("Save draft");
		assertThat(browser.heading()).isEqualTo("Your draft");
		assertThat(browser.text()).contains("A second look")
			.contains("Missing them or love")
			.contains("Talk of getting back together")
			.contains("Their love life")
			.contains("Resting until");
		browser.resize(Browser.PHONE).screenshot("outreach-draft-findings-phone");
		browser.resize(Browser.DESKTOP);

		browser.type("The message", "Hi, I walked past the bakery we liked and it has reopened. I hope you are well.")
			.press("Save changes");
		assertThat(browser.text()).contains("Nothing here reads as pressure.");

		this.clock.advance(Duration.ofHours(25));
		browser.open(browser.path());
		browser.press("I sent it");
		assertThat(browser.text()).contains("Marked as sent.").contains("How did they answer?");
		browser.tick("Warm").press("Save reply");
		assertThat(browser.text()).contains("Reply saved.");
		browser.open("/journeys/" + journeyId + "/outreach");
		assertThat(browser.text()).contains("Sent · Warm");
		browser.screenshot("outreach-desktop");
	}

}
