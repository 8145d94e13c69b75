package app.rekindle.reflection.web;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.rekindle.account.AccountUser;
import app.rekindle.journey.Journey;
import app.rekindle.progression.Stage;
import app.rekindle.testsupport.TestAccounts;
import app.rekindle.testsupport.TestJourneys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class SafetyScreenControllerTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private TestJourneys journeys;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void savesAllNoAndKeepsThePathOpen() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);
		this.mvc.perform(answer(user, journey, Map.of()))
			.andExpect(redirectedUrl("/journeys/" + journey.getId() + "/reflection"))
			.andExpect(flash().attribute("notice", "safety.saved"));
		assertThat(this.journeys.stageOf(journey.getId())).isEqualTo("REFLECTION");
		assertThat(locks(journey)).isZero();
		this.mvc.perform(get("/dashboard").with(user(user)))
			.andExpect(content().string(containsString("You have answered the safety questions.")));
	}

	@Test
	void asksForEveryAnswerAndKeepsTheOnesGiven() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);
		String page = this.mvc.perform(post(url(journey)).with(user(user)).with(csrf())
			.param("violence", "false")
			.param("blocked", "false"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "threats", "fear", "newRelationship"))
			.andExpect(content().string(containsString("Please answer yes or no.")))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).containsPattern("value=\"false\" id=\"violence2\" name=\"violence\" checked=\"checked\"")
			.doesNotContainPattern("name=\"threats\" checked");
		this.mvc.perform(post(url(journey)).with(user(user)).with(csrf()).param("violence", "perhaps"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "violence"));
		assertThat(this.journeys.stageOf(journey.getId())).isEqualTo("REFLECTION");
	}

	@ParameterizedTest(name = "{0} locks for {1}")
	@CsvSource({ "violence, VIOLENCE, There has been violence", "threats, THREATS, There have been threats",
			"controlling, COERCIVE_CONTROL, control over money", "fear, FEAR_OF_EX, You have felt afraid of them",
			"protectiveOrder, PROTECTIVE_ORDER, protective or no-contact order",
			"askedForNoContact, EX_ASKED_FOR_NO_CONTACT, They have asked for no contact",
			"blocked, EX_BLOCKED, They have blocked you", "newRelationship, EX_IN_NEW_RELATIONSHIP, in a new relationship" })
	void aLockingAnswerClosesReachingOutAtOnceAndShowsSupport(String question, String concern, String reason)
			throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);

		this.mvc.perform(answer(user, journey, Map.of(question, "true")))
			.andExpect(redirectedUrl("/journeys/" + journey.getId()));

		assertThat(this.journeys.stageOf(journey.getId())).isEqualTo("MOVING_ON");
		assertThat(this.jdbc.queryForList("select concern from journey_safety_lock where journey_id = ?", String.class,
				journey.getId())).containsExactly(concern);
		this.mvc.perform(get("/journeys/{id}", journey.getId()).with(user(user)))
			.andExpect(content().string(containsString("Reaching out is closed for this journey, for good.")))
			.andExpect(content().string(containsString(reason)))
			.andExpect(content().string(containsString("call your local emergency number")))
			.andExpect(content().string(containsString("Find a Helpline")));
		this.mvc.perform(JourneyAdvance.of(user, journey, Stage.REFLECTION))
			.andExpect(flash().attribute("notice", "journey.alreadyMoved"));
		this.mvc.perform(get("/dashboard").with(user(user)))
			.andExpect(content().string(containsString("reaching out closed for that journey")));
	}

	@Test
	void aLockStaysWhenTheAnswersChangeAndAdvancingNeverOpensReachingOut() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);
		this.journeys.putInStage(journey.getId(), Stage.NO_CONTACT);

		this.mvc.perform(answer(user, journey, Map.of("newRelationship", "true")))
			.andExpect(redirectedUrl("/journeys/" + journey.getId()));
		this.mvc.perform(answer(user, journey, Map.of()))
			.andExpect(flash().attribute("notice", "reflection.closed"));
		for (Stage stage : Stage.values()) {
			this.mvc.perform(JourneyAdvance.of(user, journey, stage))
				.andExpect(redirectedUrl("/dashboard"))
				.andExpect(flash().attribute("notice", "journey.alreadyMoved"));
		}

		assertThat(this.journeys.stageOf(journey.getId())).isEqualTo("MOVING_ON");
		assertThat(this.journeys.timelineEntries(journey.getId(), "SAFETY_LOCK")).isEqualTo(1);
		assertThat(locks(journey)).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select new_relationship from safety_screen where journey_id = ?",
				Boolean.class, journey.getId())).isTrue();
	}

	@Test
	void theSafetyScreenCanBeRevisitedInLaterStages() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);
		this.mvc.perform(answer(user, journey, Map.of()));
		this.journeys.putInStage(journey.getId(), Stage.NO_CONTACT);
		this.mvc.perform(get(url(journey)).with(user(user))).andExpect(content().string(containsString("Save my answers")));
		this.mvc.perform(answer(user, journey, Map.of("blocked", "true")))
			.andExpect(redirectedUrl("/journeys/" + journey.getId()));
		assertThat(this.journeys.stageOf(journey.getId())).isEqualTo("MOVING_ON");
	}

	@Test
	void anotherAccountsSafetyScreenIsInvisible() throws Exception {
		AccountUser owner = this.accounts.create();
		Journey journey = this.journeys.start(owner);
		AccountUser stranger = this.accounts.create();
		this.mvc.perform(get(url(journey)).with(user(stranger))).andExpect(status().isNotFound());
		this.mvc.perform(answer(stranger, journey, Map.of("blocked", "true"))).andExpect(status().isNotFound());
		assertThat(this.journeys.stageOf(journey.getId())).isEqualTo("REFLECTION");
		assertThat(locks(journey)).isZero();
	}

	private int locks(Journey journey) {
		return this.jdbc.queryForObject("select count(*) from journey_safety_lock where journey_id = ?", Integer.class,
				journey.getId());
	}

	/** Every question answered "no", except the ones given. */
	private static MockHttpServletRequestBuilder answer(AccountUser user, Journey journey, Map<String, String> yes) {
		Map<String, String> answers = new HashMap<>();
		for (String question : SafetyScreenController.QUESTIONS) {
			answers.put(question, yes.getOrDefault(question, "false"));
		}
		MockHttpServletRequestBuilder request = post(url(journey)).with(user(user)).with(csrf());
		answers.forEach(request::param);
		return request;
	}

	private static String url(Journey journey) {
		return "/journeys/" + journey.getId() + "/reflection/safety";
	}

	private static final class JourneyAdvance {

		static MockHttpServletRequestBuilder of(AccountUser user, Journey journey, Stage stage) {
			return post("/journeys/{id}/advance", journey.getId()).with(user(user)).with(csrf()).param("stage", stage.name());
		}

	}

}
