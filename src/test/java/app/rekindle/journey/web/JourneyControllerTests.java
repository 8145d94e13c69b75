package app.rekindle.journey.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.rekindle.account.AccountUser;
import app.rekindle.journey.Journey;
import app.rekindle.progression.RulesProperties;
import app.rekindle.progression.Stage;
import app.rekindle.testsupport.JournalTest;
import app.rekindle.testsupport.StoredSessions;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@JournalTest
class JourneyControllerTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private TestJourneys journeys;

	@Autowired
	private RulesProperties rules;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Clock clock;

	private LocalDate today(ZoneId zone) {
		return this.clock.instant().atZone(zone).toLocalDate();
	}

	@Test
	void offersTheStartFormWithTheDefaultLengthAndWhyWeKeepOnlyANickname() throws Exception {
		this.mvc.perform(get("/journeys/new").with(user(this.accounts.create())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"name=\"noContactDays\" value=\"" + this.rules.noContact().defaultDays() + "\"")))
			.andExpect(content().string(containsString("nothing else about them")));
	}

	@Test
	void startsAJourneyAndShowsItsFirstStepOnTheDashboard() throws Exception {
		AccountUser user = this.accounts.create();
		LocalDate today = today(ZoneId.of("Europe/Berlin"));
		this.mvc.perform(start(user, "Alex", today.minusDays(30), today.minusDays(9), "30"))
			.andExpect(redirectedUrl("/dashboard"))
			.andExpect(flash().attribute("notice", "journey.started"));

		String today_ = this.mvc.perform(get("/dashboard").with(user(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Step 1 of 5 · Reflection · Journey with Alex")))
			.andExpect(content().string(containsString("Name at least one cause of the breakup")))
			.andExpect(content().string(containsString(">Write down why it ended</a>")))
			.andExpect(content().string(containsString("0 of 5 done")))
			.andExpect(content().string(not(containsString("What this step asks"))))
			.andReturn().getResponse().getContentAsString();
		this.mvc.perform(get(journeyPage(today_)).with(user(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Step 1 of 5 · Journey with Alex")))
			.andExpect(content().string(containsString("What this step asks")))
			.andExpect(content().string(containsString("Name at least one cause of the breakup")))
			.andExpect(content().string(containsString("Days since you were last in touch")))
			.andExpect(content().string(containsString("<span class=\"timer__number\">9</span>")))
			.andExpect(content().string(containsString(
					"Reaches the goal on</dt><dd>" + java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy")
						.format(today.minusDays(9).plusDays(30)))))
			.andExpect(content().string(containsString("Began the journey")))
			.andExpect(content().string(containsString("<span class=\"button button--unavailable\" aria-disabled=\"true\">Continue to No contact</span>")));
	}

	/** The journey's own page, as Today's progress line links to it. */
	static String journeyPage(String today) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("<p class=\"progress-line\">\\s*<a href=\"(/journeys/\\d+)\"")
			.matcher(today);
		assertThat(matcher.find()).as("Today links to the journey's page").isTrue();
		return matcher.group(1);
	}

	@Test
	void saysTheNoContactGoalWasReachedOnceTheDayHasPassed() throws Exception {
		AccountUser user = this.accounts.create();
		LocalDate today = today(ZoneId.of("Europe/Berlin"));
		this.mvc.perform(start(user, "Alex", today.minusDays(60), today.minusDays(35), "30"))
			.andExpect(redirectedUrl("/dashboard"));

		String today_ = this.mvc.perform(get("/dashboard").with(user(user))).andReturn().getResponse().getContentAsString();
		this.mvc.perform(get(journeyPage(today_)).with(user(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<span class=\"timer__number\">35</span>")))
			.andExpect(content().string(containsString("Days left</dt><dd>0 days</dd>")))
			.andExpect(content().string(containsString(
					"Reached the goal on</dt><dd>" + java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy")
						.format(today.minusDays(5)))))
			.andExpect(content().string(not(containsString("Reaches the goal on"))));
	}

	static Stream<Arguments> badInput() {
		return Stream.of(Arguments.of("no nickname", "", "-30", "-9", "30", "nickname", "Please give a first name or initials"),
				Arguments.of("nickname too long", "A".repeat(41), "-30", "-9", "30", "nickname", "40 characters"),
				Arguments.of("an email as nickname", "sam@example.org", "-30", "-9", "30", "nickname", "no emails, numbers or links"),
				Arguments.of("a phone number as nickname", "Sam 0170 1234567", "-30", "-9", "30", "nickname", "no emails, numbers or links"),
				Arguments.of("a link as nickname", "www.sam.example", "-30", "-9", "30", "nickname", "no emails, numbers or links"),
				Arguments.of("no breakup date", "Sam", "", "-9", "30", "breakupDate", "Please enter the date of the breakup"),
				Arguments.of("breakup tomorrow", "Sam", "+1", "-9", "30", "breakupDate", "This date is in the future"),
				Arguments.of("last contact tomorrow", "Sam", "-30", "+1", "30", "lastContactDate", "This date is in the future"),
				Arguments.of("last contact over a year before the breakup", "Sam", "-30", "-397", "30", "lastContactDate", "more than a year before the breakup"),
				Arguments.of("not a date", "Sam", "2026-13-45", "-9", "30", "breakupDate", "Please enter a date"),
				Arguments.of("days under the minimum", "Sam", "-30", "-9", "min-1", "noContactDays", "Please choose between"),
				Arguments.of("days over the maximum", "Sam", "-30", "-9", "max+1", "noContactDays", "Please choose between"),
				Arguments.of("days not a number", "Sam", "-30", "-9", "thirty", "noContactDays", "Please enter a whole number"),
				Arguments.of("no days", "Sam", "-30", "-9", "", "noContactDays", "Please choose how many days"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badInput")
	void refusesBadInputOnTheSamePageAndKeepsWhatWasTyped(String name, String nickname, String breakup,
			String lastContact, String days, String field, String message) throws Exception {
		AccountUser user = this.accounts.create();
		LocalDate today = today(ZoneId.of("Europe/Berlin"));
		MvcResult result = this.mvc
			.perform(post("/journeys").with(user(user))
				.with(csrf())
				.param("nickname", nickname)
				.param("breakupDate", date(breakup, today))
				.param("lastContactDate", date(lastContact, today))
				.param("noContactDays", days(days)))
			.andExpect(status().isOk())
			.andExpect(view().name(JourneyController.VIEW_START_FORM))
			.andExpect(model().attributeHasFieldErrors("form", field))
			.andExpect(content().string(containsString(message)))
			.andReturn();
		if (!nickname.isEmpty()) {
			assertThat(result.getResponse().getContentAsString()).contains("value=\"" + nickname + "\"");
		}
		this.mvc.perform(get("/dashboard").with(user(user))).andExpect(content().string(containsString("Begin a journey")));
	}

	private String days(String days) {
		return days.replace("min-1", String.valueOf(this.rules.noContact().minDays() - 1))
			.replace("max+1", String.valueOf(this.rules.noContact().maxDays() + 1));
	}

	private static String date(String relative, LocalDate today) {
		if (relative.isEmpty() || !(relative.startsWith("-") || relative.startsWith("+"))) {
			return relative;
		}
		return today.plusDays(Long.parseLong(relative)).toString();
	}

	@Test
	void judgesTheFutureInThePersonsOwnZone() throws Exception {
		ZoneId kiritimati = ZoneId.of("Pacific/Kiritimati");
		AccountUser user = this.accounts.create(TestAccounts.uniqueEmail(), kiritimati);
		LocalDate theirToday = today(kiritimati);
		this.mvc.perform(start(user, "Kai", theirToday, theirToday, "30")).andExpect(redirectedUrl("/dashboard"));
		AccountUser other = this.accounts.create(TestAccounts.uniqueEmail(), kiritimati);
		this.mvc.perform(start(other, "Kai", theirToday.plusDays(1), theirToday, "30"))
			.andExpect(model().attributeHasFieldErrorCode("form", "breakupDate", "journey.date.future"));
	}

	@Test
	void refusesASecondActiveJourney() throws Exception {
		AccountUser user = this.accounts.create();
		Journey first = this.journeys.start(user);
		LocalDate today = today(ZoneId.of("Europe/Berlin"));

		this.mvc.perform(get("/journeys/new").with(user(user)))
			.andExpect(redirectedUrl("/dashboard"))
			.andExpect(flash().attribute("notice", "journey.alreadyActive"));
		this.mvc.perform(start(user, "Robin", today.minusDays(5), today.minusDays(5), "30"))
			.andExpect(redirectedUrl("/dashboard"))
			.andExpect(flash().attribute("notice", "journey.alreadyActive"));

		assertThat(this.jdbc.queryForObject("select count(*) from journey where account_id = ?", Integer.class,
				user.accountId())).isEqualTo(1);
		assertThat(first.getNickname()).isEqualTo("Sam");
	}

	@Test
	void theDatabaseItselfAllowsOnlyOneActiveJourneyPerAccount() {
		AccountUser user = this.accounts.create();
		this.journeys.start(user);
		org.assertj.core.api.Assertions
			.assertThatExceptionOfType(org.springframework.dao.DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.update(
					"insert into journey (account_id, active_account_id, nickname, breakup_date, last_contact_date, no_contact_days, stage, started_at) "
							+ "values (?, ?, 'x', current_date, current_date, 30, 'REFLECTION', current_timestamp)",
					user.accountId(), user.accountId()));
	}

	@Test
	void refusesToAdvanceAndSaysWhatIsMissing() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);

		MvcResult refused = this.mvc.perform(advance(user, journey.getId(), Stage.REFLECTION))
			.andExpect(redirectedUrl("/journeys/" + journey.getId()))
			.andExpect(flash().attribute("advanceRefused", true))
			.andReturn();

		// Follows the redirect in the session the refusal was kept in, as a browser would.
		this.mvc.perform(get("/journeys/{id}", journey.getId()).with(user(user)).cookie(refused.getResponse().getCookie(StoredSessions.COOKIE)))
			.andExpect(content().string(containsString("Not yet.")))
			.andExpect(content().string(containsString("Name at least one cause of the breakup")))
			.andExpect(content().string(containsString("Answer the short safety questions")));
		assertThat(this.journeys.stageOf(journey.getId())).isEqualTo("REFLECTION");
		assertThat(this.journeys.timelineEntries(journey.getId(), "GATE_PASSED")).isZero();
	}

	@Test
	void doesNothingWhenThePageShowedAnEarlierStage() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);
		this.journeys.putInStage(journey.getId(), Stage.NO_CONTACT);

		this.mvc.perform(advance(user, journey.getId(), Stage.REFLECTION))
			.andExpect(redirectedUrl("/dashboard"))
			.andExpect(flash().attribute("notice", "journey.alreadyMoved"));
		assertThat(this.journeys.stageOf(journey.getId())).isEqualTo("NO_CONTACT");
	}

	@Test
	void treatsAStageNoPageShowsAsAPageOutOfDateNotABadRequest() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);

		for (String stage : new String[] { "NOT_A_STAGE", "", "reflection", "1" }) {
			this.mvc.perform(post("/journeys/{id}/advance", journey.getId()).with(user(user))
					.with(csrf())
					.param("stage", stage))
				.andExpect(redirectedUrl("/dashboard"))
				.andExpect(flash().attribute("notice", "journey.alreadyMoved"));
		}
		assertThat(this.journeys.stageOf(journey.getId())).isEqualTo("REFLECTION");
	}

	@ParameterizedTest
	@EnumSource(value = Stage.class, names = "MOVING_ON", mode = EnumSource.Mode.EXCLUDE)
	void movesOnFromEveryStageAndShowsAKindClosure(Stage stage) throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);
		this.journeys.putInStage(journey.getId(), stage);

		this.mvc.perform(get("/journeys/{id}/move-on", journey.getId()).with(user(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Yes, I choose to move on")));
		this.mvc.perform(post("/journeys/{id}/move-on", journey.getId()).with(user(user))
				.with(csrf())
				.param("note", "I deserve someone who stays."))
			.andExpect(redirectedUrl("/journeys/" + journey.getId()));

		assertThat(this.journeys.stageOf(journey.getId())).isEqualTo("MOVING_ON");
		assertThat(this.jdbc.queryForObject(
				"select from_stage from journey_stage_change where journey_id = ? and reason = 'CHOSE_TO_MOVE_ON'",
				String.class, journey.getId())).isEqualTo(stage.name());
		this.mvc.perform(get("/journeys/{id}", journey.getId()).with(user(user)))
			.andExpect(content().string(containsString("That took courage, and it is a good outcome.")))
			.andExpect(content().string(containsString("I deserve someone who stays.")))
			.andExpect(content().string(containsString("Chose to move on")))
			.andExpect(content().string(containsString("begin a new journey")));
		this.mvc.perform(get("/dashboard").with(user(user)))
			.andExpect(content().string(containsString("Your last journey")))
			.andExpect(content().string(containsString("If you want to begin again")))
			.andExpect(content().string(not(containsString("Continue to"))));
	}

	@Test
	void storesTheMoveOnNoteEncrypted() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);
		this.mvc.perform(post("/journeys/{id}/move-on", journey.getId()).with(user(user))
			.with(csrf())
			.param("note", "Too tired to keep hoping."));
		String raw = this.jdbc.queryForObject(
				"select note from journey_stage_change where journey_id = ? and reason = 'CHOSE_TO_MOVE_ON'", String.class,
				journey.getId());
		assertThat(raw).startsWith("v1:").doesNotContain("hoping");
		assertThat(this.jdbc.queryForObject("select nickname from journey where id = ?", String.class, journey.getId()))
			.startsWith("v1:")
			.doesNotContain("Sam");
	}

	@Test
	void keepsATooLongNoteOnThePageWithAMessage() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);
		String note = "x".repeat(MoveOnForm.NOTE_MAX + 1);
		this.mvc.perform(post("/journeys/{id}/move-on", journey.getId()).with(user(user)).with(csrf()).param("note", note))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please keep the note to 2,000 characters.")))
			.andExpect(content().string(containsString(note)));
		assertThat(this.journeys.stageOf(journey.getId())).isEqualTo("REFLECTION");
	}

	@Test
	void canBeginANewJourneyAfterMovingOn() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);
		this.mvc.perform(post("/journeys/{id}/move-on", journey.getId()).with(user(user)).with(csrf()));
		LocalDate today = today(ZoneId.of("Europe/Berlin"));
		this.mvc.perform(start(user, "Jo", today.minusDays(3), today.minusDays(3), "45"))
			.andExpect(redirectedUrl("/dashboard"))
			.andExpect(flash().attribute("notice", "journey.started"));
		String today_ = this.mvc.perform(get("/dashboard").with(user(user)))
			.andExpect(content().string(containsString("Journey with Jo")))
			.andReturn().getResponse().getContentAsString();
		this.mvc.perform(get(journeyPage(today_)).with(user(user)))
			.andExpect(content().string(containsString("of 45 days")));
	}

	private static MockHttpServletRequestBuilder start(AccountUser user, String nickname, LocalDate breakup,
			LocalDate lastContact, String days) {
		return post("/journeys").with(user(user))
			.with(csrf())
			.param("nickname", nickname)
			.param("breakupDate", breakup.toString())
			.param("lastContactDate", lastContact.toString())
			.param("noContactDays", days);
	}

	static MockHttpServletRequestBuilder advance(AccountUser user, long journeyId, Stage expected) {
		return post("/journeys/{id}/advance", journeyId).with(user(user)).with(csrf()).param("stage", expected.name());
	}

}
