package app.rekindle.nocontact.web;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.rekindle.account.AccountClock;
import app.rekindle.account.AccountUser;
import app.rekindle.journey.Journey;
import app.rekindle.journey.JourneyService;
import app.rekindle.journey.JourneySetup;
import app.rekindle.nocontact.GrowthGoal;
import app.rekindle.nocontact.NoContactService;
import app.rekindle.progression.RulesProperties;
import app.rekindle.progression.Stage;
import app.rekindle.testsupport.MutableClock;
import app.rekindle.testsupport.MutableClockConfiguration;
import app.rekindle.testsupport.TestAccounts;
import app.rekindle.testsupport.TestJourneys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

/**
 * Gate 2→3 end to end, day by day on a clock the test moves: daily check-ins through the page
 * (some filled in late), a growth goal with progress, and the gate opening on exactly the day the
 * chosen length is reached, not one day before.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class NoContactGateFlowTests {

	private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private MutableClock clock;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private TestJourneys journeys;

	@Autowired
	private JourneyService journeyService;

	@Autowired
	private AccountClock accountClock;

	@Autowired
	private NoContactService noContact;

	@Autowired
	private RulesProperties rules;

	@BeforeEach
	void startOfTheStory() {
		this.clock.set(MutableClockConfiguration.START);
	}

	@Test
	void opensOnTheDayTheChosenLengthIsReachedWithEveryOtherRequirementMet() throws Exception {
		AccountUser user = this.accounts.create(TestAccounts.uniqueEmail(), ZONE);
		LocalDate day0 = today();
		int length = this.rules.noContact().defaultDays();
		Journey journey = this.journeyService.start(user.accountId(), new JourneySetup("Ari", day0.minusDays(20), day0, length));
		this.journeys.putInStage(journey.getId(), Stage.NO_CONTACT);
		GrowthGoal goal = this.noContact.addGoal(user.accountId(), journey.getId(), "Run on Saturdays", null);

		for (int day = 1; day < length; day++) {
			this.clock.advance(Duration.ofDays(1));
			boolean skipped = day % 9 == 0;
			if (!skipped) {
				this.mvc.perform(checkIn(user, today(), urgeOn(day)));
			}
			if (day % 9 == 2) {
				// The day skipped two days ago is filled in late.
				this.mvc.perform(checkIn(user, today().minusDays(2), 4)).andExpect(flash().attribute("notice", "checkin.saved.late"));
			}
			if (day == 5) {
				this.noContact.addProgress(user.accountId(), journey.getId(), goal.getId(), today(), "First run, 3 km");
			}
		}
		this.mvc.perform(get("/journeys/{id}", journey.getId()).with(user(user)))
			.andExpect(content().string(containsString((length - 1) + " of " + length + " days")))
			.andExpect(content().string(containsString("One more day to go.")))
			.andExpect(content().string(containsString("4 of 5 done")));
		this.mvc.perform(advance(user, journey)).andExpect(flash().attribute("advanceRefused", true));

		this.clock.advance(Duration.ofDays(1));
		this.mvc.perform(checkIn(user, today(), 2));
		this.mvc.perform(get("/journeys/{id}", journey.getId()).with(user(user)))
			.andExpect(content().string(containsString(length + " of " + length + " days")))
			.andExpect(content().string(containsString("5 of 5 done")));
		this.mvc.perform(advance(user, journey)).andExpect(flash().attribute("notice", "journey.advanced.REACHING_OUT"));
		assertThat(this.journeys.stageOf(journey.getId())).isEqualTo("REACHING_OUT");

		// Weeks later, reaching out: the no-contact figures stay where that stage ended.
		this.clock.advance(Duration.ofDays(20));
		this.mvc.perform(checkIn(user, today(), 3));
		this.mvc.perform(get("/summary").with(user(user)))
			.andExpect(content().string(containsString("Stretch when no contact ended</dt><dd>" + length + " days")))
			.andExpect(content().string(not(containsString("Current stretch"))));
	}

	@Test
	void aSlipRestartsTheCountAndTheJourneyPageSaysSoKindly() throws Exception {
		AccountUser user = this.accounts.create(TestAccounts.uniqueEmail(), ZONE);
		LocalDate day0 = today();
		Journey journey = this.journeyService.start(user.accountId(), new JourneySetup("Ari", day0.minusDays(20), day0, 30));
		this.journeys.putInStage(journey.getId(), Stage.NO_CONTACT);
		for (int day = 1; day <= 12; day++) {
			this.clock.advance(Duration.ofDays(1));
			this.mvc.perform(checkIn(user, today(), 3, day == 10 ? "I_REACHED_OUT" : "NONE"));
		}
		this.mvc.perform(get("/journeys/{id}", journey.getId()).with(user(user)))
			.andExpect(content().string(containsString("<span class=\"timer__number\">2</span>")))
			.andExpect(content().string(containsString("You reached out once since starting.")))
			.andExpect(content().string(containsString("Clean days in total</dt><dd>11 days</dd>")))
			.andExpect(content().string(containsString("Longest stretch</dt><dd>9 days</dd>")));
	}

	@Test
	void theyReachingOutFirstWaivesTheDaysAndGivesAGuide() throws Exception {
		AccountUser user = this.accounts.create(TestAccounts.uniqueEmail(), ZONE);
		LocalDate day0 = today();
		Journey journey = this.journeyService.start(user.accountId(), new JourneySetup("Ari", day0.minusDays(20), day0, 30));
		this.journeys.putInStage(journey.getId(), Stage.NO_CONTACT);
		GrowthGoal goal = this.noContact.addGoal(user.accountId(), journey.getId(), "Cook for friends", null);
		this.noContact.addProgress(user.accountId(), journey.getId(), goal.getId(), day0, "Invited two friends");
		for (int day = 1; day <= 8; day++) {
			this.clock.advance(Duration.ofDays(1));
			this.mvc.perform(checkIn(user, today(), 2, day == 6 ? "THEY_REACHED_OUT" : "NONE"));
		}
		this.mvc.perform(get("/journeys/{id}", journey.getId()).with(user(user)))
			.andExpect(content().string(containsString("They reached out first, so the day count is waived.")))
			.andExpect(content().string(containsString("keep it warm and brief")))
			.andExpect(content().string(containsString("<span class=\"timer__number\">8</span>")));
		this.mvc.perform(advance(user, journey)).andExpect(flash().attribute("notice", "journey.advanced.REACHING_OUT"));
	}

	private static int urgeOn(int day) {
		return (day < 10) ? 8 : 3;
	}

	private LocalDate today() {
		return this.accountClock.today(ZONE);
	}

	private static MockHttpServletRequestBuilder checkIn(AccountUser user, LocalDate day, int urge) {
		return checkIn(user, day, urge, "NONE");
	}

	private static MockHttpServletRequestBuilder checkIn(AccountUser user, LocalDate day, int urge, String contact) {
		return post("/checkin/{day}", day).with(user(user)).with(csrf())
			.param("mood", "3")
			.param("urge", String.valueOf(urge))
			.param("contact", contact);
	}

	private static MockHttpServletRequestBuilder advance(AccountUser user, Journey journey) {
		return post("/journeys/{id}/advance", journey.getId()).with(user(user)).with(csrf()).param("stage", "NO_CONTACT");
	}

}
