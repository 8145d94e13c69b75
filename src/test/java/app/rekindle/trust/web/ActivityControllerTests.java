package app.rekindle.trust.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.rekindle.account.AccountClock;
import app.rekindle.account.AccountUser;
import app.rekindle.journey.Journey;
import app.rekindle.progression.Stage;
import app.rekindle.reflection.EntryContent;
import app.rekindle.reflection.EntryKind;
import app.rekindle.reflection.ReflectionEntry;
import app.rekindle.reflection.ReflectionService;
import app.rekindle.testsupport.TestAccounts;
import app.rekindle.testsupport.TestJourneys;
import app.rekindle.trust.ActivityContent;
import app.rekindle.trust.ActivityKind;
import app.rekindle.trust.SharedActivity;
import app.rekindle.trust.SharedActivityService;
import app.rekindle.trust.TrustService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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
class ActivityControllerTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private TestJourneys journeys;

	@Autowired
	private ReflectionService reflection;

	@Autowired
	private SharedActivityService activities;

	@Autowired
	private TrustService trust;

	@Autowired
	private AccountClock accountClock;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void logsActivitiesWithTheTriggerThatCameUpAndShowsTheMeanRating() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);
		ReflectionEntry trigger = this.reflection.add(user.accountId(), journey.getId(),
				new EntryContent(EntryKind.TRIGGER, null, "Walking past our old flat", "Breathe, say so"));
		this.journeys.putInStage(journey.getId(), Stage.REBUILDING_TRUST);
		String today = this.accountClock.today(user.accountId()).toString();

		this.mvc.perform(add(user, journey, valid(today, Map.of("what", "Dinner & a <walk>", "rating", "4",
				"triggerCameUp", "true", "triggerId", trigger.getId().toString(), "note", "I said it out loud"))))
			.andExpect(redirectedUrl(url(journey)))
			.andExpect(flash().attribute("notice", "trust.activity.added"));
		this.mvc.perform(get(url(journey)).with(user(user)))
			.andExpect(content().string(containsString("Average 4.0 of 5 over 1 activity")))
			.andExpect(content().string(not(containsString("1 activities"))));
		this.mvc.perform(add(user, journey, valid(today, Map.of("what", "Old board games", "kind", "REVISITED",
				"rating", "5"))));

		this.mvc.perform(get(url(journey)).with(user(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Average 4.5 of 5 over 2 activities")))
			.andExpect(content().string(containsString("Dinner &amp; a &lt;walk&gt;")))
			.andExpect(content().string(containsString("An old trigger came up")))
			.andExpect(content().string(containsString("Walking past our old flat")))
			.andExpect(content().string(containsString("Something we used to do")))
			.andExpect(content().string(containsString("I said it out loud")));
		assertThat(this.activities.activities(user.accountId(), journey.getId())).extracting(SharedActivity::getTriggerId)
			.containsExactlyInAnyOrder(trigger.getId(), null);
		assertThat(this.jdbc.queryForList("select what from trust_activity where journey_id = ?", String.class,
				journey.getId()))
			.allSatisfy((raw) -> assertThat(raw).startsWith("v1:").doesNotContain("Dinner").doesNotContain("games"));
		assertThat(this.jdbc.queryForObject("select note from trust_activity where note is not null and journey_id = ?",
				String.class, journey.getId()))
			.startsWith("v1:")
			.doesNotContain("loud");
	}

	@Test
	void keepsOnlyATriggerOfThisJourneyAndOnlyWhenOneCameUp() throws Exception {
		AccountUser stranger = this.accounts.create();
		Journey strangersJourney = this.journeys.start(stranger);
		ReflectionEntry strangersTrigger = this.reflection.add(stranger.accountId(), strangersJourney.getId(),
				new EntryContent(EntryKind.TRIGGER, null, "Someone else's trigger", null));
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);
		ReflectionEntry trigger = this.reflection.add(user.accountId(), journey.getId(),
				new EntryContent(EntryKind.TRIGGER, null, "Sunday evenings", null));
		this.journeys.putInStage(journey.getId(), Stage.REBUILDING_TRUST);
		String today = this.accountClock.today(user.accountId()).toString();

		this.mvc.perform(add(user, journey, valid(today, Map.of("triggerCameUp", "true", "triggerId",
				strangersTrigger.getId().toString()))))
			.andExpect(redirectedUrl(url(journey)));
		this.mvc.perform(add(user, journey, valid(today, Map.of("triggerCameUp", "false", "triggerId",
				trigger.getId().toString()))))
			.andExpect(redirectedUrl(url(journey)));

		assertThat(this.activities.activities(user.accountId(), journey.getId())).allSatisfy((activity) -> {
			assertThat(activity.getTriggerId()).isNull();
		});
		this.mvc.perform(get(url(journey)).with(user(user)))
			.andExpect(content().string(not(containsString("Someone else"))));
	}

	static Stream<Arguments> invalidActivities() {
		return Stream.of(Arguments.of("rating", "0", "Please choose a rating from 1 to 5."),
				Arguments.of("rating", "6", "Please choose a rating from 1 to 5."),
				Arguments.of("rating", "x", "Please choose a rating from 1 to 5."),
				Arguments.of("rating", "", "Please rate how it felt, from 1 to 5."),
				Arguments.of("happenedOn", "FUTURE", "This date is in the future. Please choose today or an earlier day."),
				Arguments.of("happenedOn", "3 November", "Please enter a date, for example 2026-11-03."),
				Arguments.of("happenedOn", "", "Please enter the day, for example 2026-11-03."),
				Arguments.of("what", "", "Please write a few words about what you did together."),
				Arguments.of("what", "x".repeat(ActivityForm.WHAT_MAX + 1), "Please keep this to 500 characters."),
				Arguments.of("kind", "OLD", "Please choose whether it was something new or something you used to do."),
				Arguments.of("kind", "", "Please choose whether it was something new or something you used to do."),
				Arguments.of("triggerCameUp", "", "Please say whether an old trigger came up."),
				Arguments.of("triggerCameUp", "sometimes", "Please say whether an old trigger came up."),
				Arguments.of("triggerId", "abc", "Please choose one of your triggers from the list, or none."),
				Arguments.of("note", "x".repeat(ActivityForm.NOTE_MAX + 1), "Please keep this to 2,000 characters."));
	}

	@ParameterizedTest(name = "{0} \"{1}\"")
	@MethodSource("invalidActivities")
	void refusesAnInvalidActivityOnTheSamePageAndKeepsTheText(String field, String value, String message)
			throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = inTrust(user);
		LocalDate today = this.accountClock.today(user.accountId());
		String typed = value.equals("FUTURE") ? today.plusDays(1).toString() : value;
		String page = this.mvc.perform(add(user, journey, valid(today.toString(), Map.of(field, typed))))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("activityForm", field))
			.andExpect(content().string(containsString(message)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(field.equals("what") ? ">" + typed + "</textarea>" : ">A walk by the river</textarea>");
		if (field.equals("happenedOn") && !typed.isEmpty()) {
			assertThat(page).contains("value=\"" + typed + "\"");
		}
		assertThat(this.activities.activities(user.accountId(), journey.getId())).isEmpty();
	}

	@Test
	void deletesAnActivity() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = inTrust(user);
		SharedActivity activity = activity(user, journey);
		this.mvc.perform(post(url(journey) + "/" + activity.getId() + "/delete").with(user(user)).with(csrf()))
			.andExpect(redirectedUrl(url(journey)))
			.andExpect(flash().attribute("notice", "remove.activity.done"));
		assertThat(this.activities.activities(user.accountId(), journey.getId())).isEmpty();
	}

	@Test
	void anotherAccountsActivitiesAreInvisible() throws Exception {
		AccountUser owner = this.accounts.create();
		Journey journey = inTrust(owner);
		SharedActivity activity = activity(owner, journey);
		AccountUser stranger = this.accounts.create();
		Journey strangersJourney = inTrust(stranger);

		this.mvc.perform(get(url(journey)).with(user(stranger))).andExpect(status().isNotFound());
		this.mvc.perform(add(stranger, journey, valid(this.accountClock.today(stranger.accountId()).toString(), Map.of())))
			.andExpect(status().isNotFound());
		this.mvc.perform(post(url(journey) + "/" + activity.getId() + "/delete").with(user(stranger)).with(csrf()))
			.andExpect(status().isNotFound());
		// The stranger's own journey with the owner's activity id finds nothing either.
		this.mvc.perform(post(url(strangersJourney) + "/" + activity.getId() + "/delete").with(user(stranger))
			.with(csrf())).andExpect(status().isNotFound());

		assertThat(this.activities.activities(owner.accountId(), journey.getId())).hasSize(1);
		assertThat(this.activities.activities(stranger.accountId(), strangersJourney.getId())).isEmpty();
	}

	@Test
	void isReadOnlyOnceTheJourneyMovesPastRebuildingTrust() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = inTrust(user);
		SharedActivity activity = activity(user, journey);
		this.journeys.putInStage(journey.getId(), Stage.TRIAL_PERIOD);

		this.mvc.perform(get(url(journey)).with(user(user)))
			.andExpect(content().string(containsString("A picnic in the park")))
			.andExpect(content().string(containsString("can be read but not changed")))
			.andExpect(content().string(not(containsString("Log an activity"))))
			.andExpect(content().string(not(containsString(">Remove<"))));
		this.mvc.perform(add(user, journey, valid(this.accountClock.today(user.accountId()).toString(), Map.of())))
			.andExpect(redirectedUrl("/journeys/" + journey.getId() + "/trust"))
			.andExpect(flash().attribute("notice", "trust.closed"));
		this.mvc.perform(post(url(journey) + "/" + activity.getId() + "/delete").with(user(user)).with(csrf()))
			.andExpect(flash().attribute("notice", "trust.closed"));
		assertThat(this.activities.activities(user.accountId(), journey.getId())).hasSize(1);
	}

	private Journey inTrust(AccountUser user) {
		Journey journey = this.journeys.start(user);
		this.journeys.putInStage(journey.getId(), Stage.REBUILDING_TRUST);
		return journey;
	}

	private SharedActivity activity(AccountUser user, Journey journey) {
		return this.activities.add(user.accountId(), journey.getId(), new ActivityContent(
				this.accountClock.today(user.accountId()), "A picnic in the park", ActivityKind.NEW, 4, false, null, null));
	}

	/** A valid activity on the given day, with some fields changed. */
	private static Map<String, String> valid(String day, Map<String, String> changes) {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("happenedOn", day);
		params.put("what", "A walk by the river");
		params.put("kind", "NEW");
		params.put("rating", "4");
		params.put("triggerCameUp", "false");
		params.putAll(changes);
		return params;
	}

	private static MockHttpServletRequestBuilder add(AccountUser user, Journey journey, Map<String, String> params) {
		MockHttpServletRequestBuilder request = post(url(journey)).with(user(user)).with(csrf());
		params.forEach(request::param);
		return request;
	}

	static String url(Journey journey) {
		return "/journeys/" + journey.getId() + "/trust/activities";
	}

}
