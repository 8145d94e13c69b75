package app.rekindle.journey.web;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

import app.rekindle.account.AccountUser;
import app.rekindle.journey.Journey;
import app.rekindle.progression.GateRules;
import app.rekindle.progression.JourneySnapshot;
import app.rekindle.progression.RulesProperties;
import app.rekindle.progression.SafetyConcern;
import app.rekindle.progression.Stage;
import app.rekindle.testsupport.JournalTest;
import app.rekindle.testsupport.TestAccounts;
import app.rekindle.testsupport.TestJourneys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * A safety lock, found at any evaluation, ends the journey by moving on and shows why, with
 * support. The modules that record the reasons come later, so this test adds one concern to the
 * snapshot the real rules receive; everything else is real.
 */
@JournalTest
class SafetyLockOnTheDashboardTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private TestJourneys journeys;

	@MockitoSpyBean
	private GateRules rules;

	@Autowired
	private RulesProperties properties;

	private AccountUser user;

	private Journey journey;

	@BeforeEach
	void lockTheJourneyOfOneAccount() {
		this.user = this.accounts.create();
		this.journey = this.journeys.start(this.user);
		this.journeys.putInStage(this.journey.getId(), Stage.NO_CONTACT);
		GateRules real = new GateRules(this.properties);
		doAnswer((call) -> real.evaluate(call.<JourneySnapshot>getArgument(0).with(Set.of(SafetyConcern.THREATS)),
				call.<Instant>getArgument(1))).when(this.rules).evaluate(any(), any());
	}

	@Test
	void endsTheJourneyExplainsWhyAndShowsSupport() throws Exception {
		this.mvc.perform(get("/dashboard").with(user(this.user)))
			.andExpect(content().string(not(containsString("Continue to"))))
			.andExpect(content().string(containsString("Your last journey")));

		assertThat(this.journeys.stageOf(this.journey.getId())).isEqualTo("MOVING_ON");
		assertThat(this.journeys.timelineEntries(this.journey.getId(), "SAFETY_LOCK")).isEqualTo(1);
		this.mvc.perform(get("/journeys/{id}", this.journey.getId()).with(user(this.user)))
			.andExpect(content().string(containsString("Reaching out is closed for this journey, for good.")))
			.andExpect(content().string(containsString("There have been threats.")))
			.andExpect(content().string(containsString("call your local emergency number")))
			.andExpect(content().string(containsString("https://findahelpline.com")))
			.andExpect(content().string(containsString("Closed for safety")));
		this.mvc.perform(get("/journeys/{id}/move-on", this.journey.getId()).with(user(this.user)))
			.andExpect(redirectedUrl("/journeys/" + this.journey.getId()));
	}

}
