package app.rekindle.reflection.web;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.rekindle.account.AccountUser;
import app.rekindle.journey.Journey;
import app.rekindle.progression.SafetyConcern;
import app.rekindle.progression.Stage;
import app.rekindle.testsupport.JournalTest;
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

@JournalTest
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
		this.mvc.perform(get("/journeys/{id}", journey.getId()).with(user(user)))
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
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Before your answers are saved")))
			.andExpect(content().string(containsString(reason)));
		assertThat(this.journeys.stageOf(journey.getId())).isEqualTo("REFLECTION");
		assertThat(locks(journey)).isZero();

		this.mvc.perform(confirmed(answer(user, journey, Map.of(question, "true"))))
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

		this.mvc.perform(confirmed(answer(user, journey, Map.of("newRelationship", "true"))))
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
		this.mvc.perform(confirmed(answer(user, journey, Map.of("blocked", "true"))))
			.andExpect(redirectedUrl("/journeys/" + journey.getId()));
		assertThat(this.journeys.stageOf(journey.getId())).isEqualTo("MOVING_ON");
	}

	@Test
	void thePageSaysBeforeTheQuestionsThatAYesClosesReachingOutForGood() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);
		String page = this.mvc.perform(get(url(journey)).with(user(user)))
			.andReturn().getResponse().getContentAsString();
		String promise = "A yes to any of these questions closes reaching out for this journey, for good.";
		assertThat(page).contains(promise).contains("it is not a judgement of you");
		assertThat(page.indexOf(promise)).isLessThan(page.indexOf("name=\"violence\""));
	}

	/** The page says a yes to any question closes reaching out: true only while every question locks. */
	@Test
	void aYesToEveryQuestionIsASafetyConcernThatLocks() {
		Set<SafetyConcern> all = EnumSet.noneOf(SafetyConcern.class);
		for (String question : SafetyScreenController.QUESTIONS) {
			SafetyScreenForm form = new SafetyScreenForm();
			BeanWrapper wrapper = PropertyAccessorFactory.forBeanPropertyAccess(form);
			for (String each : SafetyScreenController.QUESTIONS) {
				wrapper.setPropertyValue(each, each.equals(question));
			}
			assertThat(form.toAnswers().concerns()).as("a yes to %s", question).hasSize(1);
			all.addAll(form.toAnswers().concerns());
		}
		assertThat(all).hasSize(SafetyScreenController.QUESTIONS.length);
	}

	@Test
	void aYesIsShownBackWithWhatItDoesAndNothingIsSavedUntilConfirmed() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);

		String page = this.mvc.perform(answer(user, journey, Map.of("fear", "true", "blocked", "true")))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasNoErrors("form"))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Nothing is saved yet.")
			.contains("You have felt afraid of them.")
			.contains("They have blocked you.")
			.doesNotContain("They are in a new relationship.")
			.contains("reaching out closes for this journey, for good")
			.contains("it is not a judgement of you")
			.contains("Yes, save my answers")
			.contains("Go back and change")
			.contains("name=\"_csrf\"");
		// Every answer rides along in the confirmation form, so neither button loses one.
		for (String question : SafetyScreenController.QUESTIONS) {
			String value = question.equals("fear") || question.equals("blocked") ? "true" : "false";
			assertThat(page).contains("type=\"hidden\" name=\"" + question + "\" value=\"" + value + "\"");
		}
		assertThat(this.journeys.stageOf(journey.getId())).isEqualTo("REFLECTION");
		assertThat(locks(journey)).isZero();
		assertThat(screens(journey)).isZero();
	}

	@Test
	void goingBackShowsTheQuestionsWithTheAnswersKeptAndSavesNothing() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);

		String page = this.mvc.perform(answer(user, journey, Map.of("threats", "true")).param("decision", "change"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Safety questions")
			.doesNotContain("Nothing is saved yet.")
			.containsPattern("value=\"true\" id=\"threats1\" name=\"threats\" checked=\"checked\"")
			.containsPattern("value=\"false\" id=\"violence2\" name=\"violence\" checked=\"checked\"");
		assertThat(locks(journey)).isZero();
		assertThat(screens(journey)).isZero();

		this.mvc.perform(answer(user, journey, Map.of()).param("decision", "change"))
			.andExpect(status().isOk());
		this.mvc.perform(answer(user, journey, Map.of()))
			.andExpect(redirectedUrl("/journeys/" + journey.getId() + "/reflection"));
		assertThat(screens(journey)).isOne();
		assertThat(this.journeys.stageOf(journey.getId())).isEqualTo("REFLECTION");
	}

	@Test
	void confirmingSavesTheAnswersAndTheLockApplies() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);
		this.mvc.perform(confirmed(answer(user, journey, Map.of("controlling", "true"))))
			.andExpect(redirectedUrl("/journeys/" + journey.getId()));
		assertThat(screens(journey)).isOne();
		assertThat(this.jdbc.queryForObject("select controlling from safety_screen where journey_id = ?", Boolean.class,
				journey.getId())).isTrue();
		assertThat(this.jdbc.queryForList("select concern from journey_safety_lock where journey_id = ?", String.class,
				journey.getId())).containsExactly("COERCIVE_CONTROL");
		assertThat(this.journeys.stageOf(journey.getId())).isEqualTo("MOVING_ON");
	}

	@Test
	void answersThatLockNothingAreSavedStraightAway() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);
		this.mvc.perform(answer(user, journey, Map.of()).param("decision", "confirm"))
			.andExpect(redirectedUrl("/journeys/" + journey.getId() + "/reflection"))
			.andExpect(flash().attribute("notice", "safety.saved"));
		assertThat(screens(journey)).isOne();
		assertThat(locks(journey)).isZero();
	}

	private int screens(Journey journey) {
		return this.jdbc.queryForObject("select count(*) from safety_screen where journey_id = ?", Integer.class,
				journey.getId());
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

	/** The same answers, sent from the confirmation with "Yes, save my answers". */
	private static MockHttpServletRequestBuilder confirmed(MockHttpServletRequestBuilder request) {
		return request.param("decision", "confirm");
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
