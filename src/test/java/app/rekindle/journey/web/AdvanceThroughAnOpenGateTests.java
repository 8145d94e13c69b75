package app.rekindle.journey.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import app.rekindle.account.AccountUser;
import app.rekindle.journey.Journey;
import app.rekindle.progression.Stage;
import app.rekindle.testsupport.TestAccounts;
import app.rekindle.testsupport.TestJourneys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Advance goes through when the real rules, reading the real database, say the gate is open. The
 * outreach facts have no module yet, so the reaching-out gate is configured to need none of them;
 * everything else is the product's configuration.
 */
@SpringBootTest(properties = { "rekindle.rules.outreach.min-warm-replies=0",
		"rekindle.rules.outreach.min-positive-conversations=0" })
@AutoConfigureMockMvc
class AdvanceThroughAnOpenGateTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private TestJourneys journeys;

	@Test
	void advancesWhenTheGateIsOpenAndRecordsIt() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);
		this.journeys.putInStage(journey.getId(), Stage.REACHING_OUT);

		this.mvc.perform(get("/dashboard").with(user(user)))
			.andExpect(content().string(containsString("Everything this step asks is done.")))
			.andExpect(content().string(containsString("Continue to Rebuilding trust</button>")));
		this.mvc.perform(get("/journeys/{id}", journey.getId()).with(user(user)))
			.andExpect(content().string(containsString("Everything above is done.")));
		this.mvc.perform(JourneyControllerTests.advance(user, journey.getId(), Stage.REACHING_OUT))
			.andExpect(redirectedUrl("/dashboard"))
			.andExpect(flash().attribute("notice", "journey.advanced.REBUILDING_TRUST"));

		assertThat(this.journeys.stageOf(journey.getId())).isEqualTo("REBUILDING_TRUST");
		this.mvc.perform(get("/dashboard").with(user(user)))
			.andExpect(content().string(containsString("Step 4 of 5")));
		this.mvc.perform(get("/journeys/{id}", journey.getId()).with(user(user)))
			.andExpect(content().string(not(containsString("class=\"panel timer\""))))
			.andExpect(content().string(containsString("Completed the step before")));
	}

	@Test
	void stillRefusesAGateThatIsNotOpen() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);

		org.springframework.test.web.servlet.MvcResult refused = this.mvc
			.perform(JourneyControllerTests.advance(user, journey.getId(), Stage.REFLECTION))
			.andExpect(flash().attribute("advanceRefused", true))
			.andExpect(redirectedUrl("/journeys/" + journey.getId()))
			.andReturn();
		assertThat(this.journeys.stageOf(journey.getId())).isEqualTo("REFLECTION");
		// The reason stands at the top of the step's page, above the checklist, in view after the tap.
		String page = this.mvc.perform(get("/journeys/{id}", journey.getId()).with(user(user))
				.cookie(refused.getResponse().getCookie(app.rekindle.testsupport.StoredSessions.COOKIE)))
			.andReturn().getResponse().getContentAsString();
		assertThat(page.indexOf("<strong>Not yet.</strong>")).isPositive().isLessThan(page.indexOf("What this step asks"))
			.isLessThan(page.indexOf("class=\"lead\""));
	}

}
