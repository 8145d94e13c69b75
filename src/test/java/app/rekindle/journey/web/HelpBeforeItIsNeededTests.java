package app.rekindle.journey.web;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import app.rekindle.account.AccountUser;
import app.rekindle.journey.Journey;
import app.rekindle.journey.JourneyService;
import app.rekindle.progression.SafetyConcern;
import app.rekindle.progression.Stage;
import app.rekindle.testsupport.TestAccounts;
import app.rekindle.testsupport.TestJourneys;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Help is offered before it is needed: individual counselling on the step's page from reflection
 * onwards, and support on the moving-on path, before the choice and after it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HelpBeforeItIsNeededTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private TestJourneys journeys;

	@Autowired
	private JourneyService journeyService;

	@ParameterizedTest
	@EnumSource(value = Stage.class, names = "MOVING_ON", mode = EnumSource.Mode.EXCLUDE)
	void everyStepFromReflectionOnSuggestsACounsellorOfYourOwn(Stage stage) throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);
		this.journeys.putInStage(journey.getId(), stage);
		this.mvc.perform(get("/journeys/{id}", journey.getId()).with(user(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone to talk to")))
			.andExpect(content().string(containsString("A counsellor or therapist of your own can help at any step")))
			.andExpect(content().string(containsString("<a href=\"/support\">Support</a> lists helplines")));
	}

	@Test
	void theMovingOnPageSaysWhatHelpsBeforeTheChoice() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);
		expectSupport(this.mvc.perform(get("/journeys/{id}/move-on", journey.getId()).with(user(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Yes, I choose to move on"))));
	}

	@Test
	void aJourneyEndedByChoiceKeepsItsSupport() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);
		this.journeyService.moveOn(user.accountId(), journey.getId(), null);
		expectSupport(this.mvc.perform(get("/journeys/{id}", journey.getId()).with(user(user)))
			.andExpect(content().string(containsString("In the days ahead"))));
	}

	@Test
	void aJourneyClosedForSafetyKeepsItsSupportToo() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);
		this.journeyService.recordSafetyConcerns(user.accountId(), journey.getId(), Set.of(SafetyConcern.EX_BLOCKED));
		expectSupport(this.mvc.perform(get("/journeys/{id}", journey.getId()).with(user(user)))
			.andExpect(content().string(containsString("Reaching out is closed for this journey"))));
	}

	private static void expectSupport(ResultActions page) throws Exception {
		page.andExpect(content().string(containsString("Help along the way")))
			.andExpect(content().string(containsString("A counsellor or therapist of your own can help you grieve")))
			.andExpect(content().string(containsString("<a href=\"/pause\">take a pause</a>")))
			.andExpect(content().string(containsString("<a href=\"/support\">Support</a> lists helplines")));
	}

}
