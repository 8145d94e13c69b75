package app.rekindle.nocontact.web;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import app.rekindle.account.AccountClock;
import app.rekindle.account.AccountUser;
import app.rekindle.journey.Journey;
import app.rekindle.nocontact.GrowthGoal;
import app.rekindle.nocontact.NoContactService;
import app.rekindle.nocontact.UnsentLetter;
import app.rekindle.progression.Stage;
import app.rekindle.reflection.BreakupCause;
import app.rekindle.reflection.EntryContent;
import app.rekindle.reflection.EntryKind;
import app.rekindle.reflection.ReflectionService;
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
class NoContactPagesTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private TestJourneys journeys;

	@Autowired
	private NoContactService noContact;

	@Autowired
	private ReflectionService reflection;

	@Autowired
	private AccountClock accountClock;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private app.rekindle.journey.JourneyService journeyService;

	@Test
	void addsAGoalAndLogsProgress() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = inNoContact(user);
		String goals = "/journeys/" + journey.getId() + "/goals";

		String location = this.mvc.perform(post(goals).with(user(user)).with(csrf())
			.param("title", "Swim twice a week")
			.param("why", "I feel like myself in the water"))
			.andExpect(status().isFound())
			.andReturn().getResponse().getRedirectedUrl();
		GrowthGoal goal = this.noContact.goals(user.accountId(), journey.getId()).get(0);
		assertThat(location).isEqualTo(goals + "/" + goal.getId());

		LocalDate today = this.accountClock.today(user.accountId());
		this.mvc.perform(post(location + "/progress").with(user(user)).with(csrf())
			.param("day", today.toString())
			.param("what", "Twenty slow lengths"))
			.andExpect(redirectedUrl(location))
			.andExpect(flash().attribute("notice", "goal.progress.added"));
		this.mvc.perform(get(location).with(user(user)))
			.andExpect(content().string(containsString("Swim twice a week")))
			.andExpect(content().string(containsString("Twenty slow lengths")));
		assertThat(this.jdbc.queryForObject("select title from growth_goal where id = ?", String.class, goal.getId()))
			.startsWith("v1:");
	}

	@Test
	void refusesBadGoalsAndStepsOnTheSamePage() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = inNoContact(user);
		String goals = "/journeys/" + journey.getId() + "/goals";
		this.mvc.perform(post(goals).with(user(user)).with(csrf()).param("title", "").param("why", "kept why"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("goalForm", "title"))
			.andExpect(content().string(containsString(">kept why</textarea>")));
		this.mvc.perform(post(goals).with(user(user)).with(csrf()).param("title", "t".repeat(GoalForm.TITLE_MAX + 1)))
			.andExpect(model().attributeHasFieldErrors("goalForm", "title"));

		GrowthGoal goal = this.noContact.addGoal(user.accountId(), journey.getId(), "Read again", null);
		String progress = goals + "/" + goal.getId() + "/progress";
		LocalDate today = this.accountClock.today(user.accountId());
		this.mvc.perform(post(progress).with(user(user)).with(csrf()).param("day", today.plusDays(1).toString()).param("what", "a chapter"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This date is in the future")))
			.andExpect(content().string(containsString(">a chapter</textarea>")));
		this.mvc.perform(post(progress).with(user(user)).with(csrf()).param("day", "yesterday").param("what", "a chapter"))
			.andExpect(model().attributeHasFieldErrors("progressForm", "day"));
		this.mvc.perform(post(progress).with(user(user)).with(csrf()).param("day", today.toString()).param("what", " "))
			.andExpect(model().attributeHasFieldErrors("progressForm", "what"));
		assertThat(this.noContact.goal(user.accountId(), journey.getId(), goal.getId()).hasProgress()).isFalse();
	}

	@Test
	void thePauseShowsTheirOwnReasonsLogsTheUrgeAndKeepsTheLetterUnsent() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);
		this.reflection.add(user.accountId(), journey.getId(),
				new EntryContent(EntryKind.CAUSE, BreakupCause.TRUST, "We kept secrets from each other", null));
		this.journeys.putInStage(journey.getId(), Stage.NO_CONTACT);
		String urge = "/pause";

		this.mvc.perform(get("/dashboard").with(user(user))).andExpect(content().string(containsString("href=\"/pause\"")));
		this.mvc.perform(get(urge).with(user(user)))
			.andExpect(content().string(containsString("Breathe with the circle")))
			.andExpect(content().string(containsString("We kept secrets from each other")));
		this.mvc.perform(post(urge).with(user(user)).with(csrf()).param("strength", "8").param("letter", "I still think of you <every> day"))
			.andExpect(redirectedUrl("/dashboard"))
			.andExpect(flash().attribute("notice", "urge.savedWithLetter"));

		assertThat(this.jdbc.queryForObject("select strength from urge_event where journey_id = ?", Integer.class, journey.getId())).isEqualTo(8);
		UnsentLetter letter = this.noContact.letters(user.accountId()).get(0);
		assertThat(letter.getBody()).isEqualTo("I still think of you <every> day");
		assertThat(this.jdbc.queryForObject("select body from unsent_letter where id = ?", String.class, letter.getId()))
			.startsWith("v1:");
		this.mvc.perform(get("/letters/{id}", letter.getId()).with(user(user)))
			.andExpect(content().string(containsString("I still think of you &lt;every&gt; day")))
			.andExpect(content().string(containsString("Never sent.")));
		this.mvc.perform(get("/letters").with(user(user))).andExpect(content().string(containsString("/letters/" + letter.getId())));
	}

	@Test
	void refusesAPauseWithoutStrengthOrWithATooLongLetter() throws Exception {
		AccountUser user = this.accounts.create();
		inNoContact(user);
		String urge = "/pause";
		this.mvc.perform(post(urge).with(user(user)).with(csrf()).param("letter", "kept letter"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "strength"))
			.andExpect(content().string(containsString(">kept letter</textarea>")));
		this.mvc.perform(post(urge).with(user(user)).with(csrf()).param("strength", "12"))
			.andExpect(model().attributeHasFieldErrors("form", "strength"));
		this.mvc.perform(post(urge).with(user(user)).with(csrf()).param("strength", "5").param("letter", "l".repeat(UrgeForm.LETTER_MAX + 1)))
			.andExpect(content().string(containsString("Please keep the letter to 4,000 characters.")));
		assertThat(this.noContact.letters(user.accountId())).isEmpty();
	}

	@Test
	void anotherAccountsGoalsAndLettersAreInvisible() throws Exception {
		AccountUser owner = this.accounts.create();
		Journey journey = inNoContact(owner);
		GrowthGoal goal = this.noContact.addGoal(owner.accountId(), journey.getId(), "Sleep by eleven", null);
		this.noContact.pauseInsteadOfTexting(owner.accountId(), journey.getId(), 6, "private letter");
		UnsentLetter letter = this.noContact.letters(owner.accountId()).get(0);
		AccountUser stranger = this.accounts.create();
		Journey strangersJourney = inNoContact(stranger);
		String goalUrl = "/journeys/" + journey.getId() + "/goals/" + goal.getId();

		this.mvc.perform(get("/journeys/{j}/goals", journey.getId()).with(user(stranger))).andExpect(status().isNotFound());
		this.mvc.perform(get(goalUrl).with(user(stranger))).andExpect(status().isNotFound());
		this.mvc.perform(post(goalUrl + "/progress").with(user(stranger)).with(csrf()).param("day", "2026-01-01").param("what", "x"))
			.andExpect(status().isNotFound());
		this.mvc.perform(post(goalUrl + "/delete").with(user(stranger)).with(csrf())).andExpect(status().isNotFound());
		this.mvc.perform(get("/journeys/{j}/goals/{g}", strangersJourney.getId(), goal.getId()).with(user(stranger)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/pause").with(user(stranger))).andExpect(content().string(org.hamcrest.Matchers.not(containsString("private letter"))));
		this.mvc.perform(get("/letters/{id}", letter.getId()).with(user(stranger))).andExpect(status().isNotFound());
		this.mvc.perform(post("/letters/{id}/delete", letter.getId()).with(user(stranger)).with(csrf())).andExpect(status().isNotFound());
		this.mvc.perform(get("/letters").with(user(stranger))).andExpect(content().string(org.hamcrest.Matchers.not(containsString("private letter"))));

		assertThat(this.noContact.letters(owner.accountId())).hasSize(1);
		assertThat(this.noContact.goals(owner.accountId(), journey.getId())).hasSize(1);
	}

	@Test
	void aGoalCountsForTheGateOnceItHasProgress() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = inNoContact(user);
		GrowthGoal goal = this.noContact.addGoal(user.accountId(), journey.getId(), "Guitar", null);
		String step = "/journeys/" + journey.getId();
		this.mvc.perform(get(step).with(user(user))).andExpect(content().string(containsString("Set a growth goal for yourself and log some progress")));
		this.noContact.addProgress(user.accountId(), journey.getId(), goal.getId(), this.accountClock.today(user.accountId()), "Learned three chords");
		this.mvc.perform(get(step).with(user(user))).andExpect(content().string(containsString("You are working on something for yourself.")));
	}

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.EnumSource(value = Stage.class, names = "MOVING_ON", mode = org.junit.jupiter.params.provider.EnumSource.Mode.EXCLUDE)
	void thePauseIsOneTapAwayInEveryStage(Stage stage) throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);
		this.journeys.putInStage(journey.getId(), stage);
		for (String page : new String[] { "/dashboard", "/history", "/account", "/journeys/" + journey.getId() }) {
			this.mvc.perform(get(page).with(user(user)))
				.andExpect(content().string(containsString("<a class=\"pause-link\" href=\"/pause\">I want to text them</a>")));
		}
		this.mvc.perform(get("/pause").with(user(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Breathe with the circle")))
			.andExpect(content().string(containsString("Write it here instead")));
		this.mvc.perform(post("/pause").with(user(user)).with(csrf()).param("strength", "9"))
			.andExpect(redirectedUrl("/dashboard"));
		assertThat(this.jdbc.queryForObject("select strength from urge_event where journey_id = ?", Integer.class, journey.getId())).isEqualTo(9);
	}

	@Test
	void afterAJourneyHasEndedThePauseStillKeepsTheLetterAndNeverOffersReachingOut() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = inNoContact(user);
		this.journeyService.moveOn(user.accountId(), journey.getId(), null);

		String page = this.mvc.perform(get("/pause").with(user(user)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("pause-link").contains("Write it here instead").doesNotContain("/outreach").doesNotContain("Reaching out");
		this.mvc.perform(post("/pause").with(user(user)).with(csrf()).param("strength", "8").param("letter", "after the end"))
			.andExpect(redirectedUrl("/dashboard"))
			.andExpect(flash().attribute("notice", "urge.savedWithLetter"));
		assertThat(this.noContact.letters(user.accountId())).extracting(UnsentLetter::getBody).containsExactly("after the end");
	}

	@Test
	void withoutAnyJourneyThePauseStillOffersTheBreathAndSupport() throws Exception {
		AccountUser user = this.accounts.create();
		this.mvc.perform(get("/pause").with(user(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Breathe with the circle")))
			.andExpect(content().string(containsString("href=\"/support\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Write it here instead"))));
		this.mvc.perform(post("/pause").with(user(user)).with(csrf()).param("strength", "8"))
			.andExpect(redirectedUrl("/pause"));
		assertThat(this.jdbc.queryForObject("select count(*) from urge_event where account_id = ?", Integer.class, user.accountId())).isZero();
	}

	@Test
	void theLettersPageOffersToWriteALetterOnThePauseOnceThereIsAJourney() throws Exception {
		AccountUser user = this.accounts.create();
		this.mvc.perform(get("/letters").with(user(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Write a letter"))));

		inNoContact(user);
		String urge = "/pause";
		this.mvc.perform(get("/letters").with(user(user)))
			.andExpect(content().string(containsString("<a class=\"button\" href=\"" + urge + "#letter-heading\">Write a letter</a>")));
		this.mvc.perform(get(urge).with(user(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"letter-heading\"")));
	}

	private Journey inNoContact(AccountUser user) {
		Journey journey = this.journeys.start(user);
		this.journeys.putInStage(journey.getId(), Stage.NO_CONTACT);
		return journey;
	}

}
