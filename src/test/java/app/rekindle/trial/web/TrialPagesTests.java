package app.rekindle.trial.web;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.rekindle.account.AccountUser;
import app.rekindle.journey.Journey;
import app.rekindle.progression.RulesProperties;
import app.rekindle.progression.Stage;
import app.rekindle.testsupport.JournalTest;
import app.rekindle.testsupport.MutableClock;
import app.rekindle.testsupport.MutableClockConfiguration;
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
class TrialPagesTests {

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
	private RulesProperties rules;

	@Autowired
	private JdbcTemplate jdbc;

	private AccountUser user;

	private Journey journey;

	private int firstCheckpoint;

	@BeforeEach
	void aJourneyInItsTrial() {
		this.clock.set(MutableClockConfiguration.START);
		this.user = this.accounts.create(TestAccounts.uniqueEmail(), ZONE);
		this.journey = this.journeys.start(this.user);
		this.journeys.putInStage(this.journey.getId(), Stage.TRIAL_PERIOD);
		this.firstCheckpoint = this.rules.trial().checkpointDays().get(0);
	}

	@Test
	void showsTheCheckpointsCountedFromTheStart() throws Exception {
		LocalDate today = today();
		this.mvc.perform(get(trial()).with(user(this.user)))
			.andExpect(content().string(containsString("Day " + this.firstCheckpoint + " review")))
			.andExpect(content().string(containsString("value=\"" + today + "\"")));
		this.clock.advance(Duration.ofDays(10));
		this.mvc.perform(post(trial() + "/start").with(user(this.user)).with(csrf()).param("startedOn", today.plusDays(5).toString())
				.param("weeks", "12").param("whatWillDiffer", "Sundays are ours"))
			.andExpect(redirectedUrl(trial()));
		this.mvc.perform(get(trial().replace("/trial", "")).with(user(this.user)))
			.andExpect(content().string(containsString("Due on")));
	}

	@Test
	void refusesAStartInTheFutureOrNotADate() throws Exception {
		this.mvc.perform(post(trial() + "/start").with(user(this.user)).with(csrf()).param("startedOn", today().plusDays(1).toString())
				.param("weeks", "12").param("whatWillDiffer", "Sundays are ours"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This date is in the future")));
		this.mvc.perform(post(trial() + "/start").with(user(this.user)).with(csrf()).param("startedOn", "soon"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("termsForm", "startedOn"));
	}

	@Test
	void aCheckpointIsReviewedFromItsDueDayAndCountsForTheChecklist() throws Exception {
		String checkpoint = trial() + "/checkpoints/" + this.firstCheckpoint;
		this.mvc.perform(review(checkpoint)).andExpect(flash().attribute("notice", "trial.checkpoint.notDue"));
		this.mvc.perform(get(checkpoint).with(user(this.user))).andExpect(content().string(containsString("This review is due on")));

		this.clock.advance(Duration.ofDays(this.firstCheckpoint));
		this.mvc.perform(review(checkpoint)).andExpect(redirectedUrl(trial()))
			.andExpect(flash().attribute("notice", "trial.checkpoint.saved"));

		this.mvc.perform(get(trial()).with(user(this.user))).andExpect(content().string(containsString("Reviewed · 3 of 4 yes")));
		this.mvc.perform(get("/dashboard").with(user(this.user))).andExpect(content().string(containsString("1 of 3 done")));
		assertThat(this.jdbc.queryForObject("select note from trial_checkpoint where journey_id = ?", String.class, this.journey.getId()))
			.startsWith("v1:");
	}

	@Test
	void refusesATooLongNoteAndKeepsIt() throws Exception {
		this.clock.advance(Duration.ofDays(this.firstCheckpoint));
		String note = "n".repeat(2001);
		this.mvc.perform(post(trial() + "/checkpoints/" + this.firstCheckpoint).with(user(this.user)).with(csrf()).param("note", note))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please keep this to 2,000 characters.")))
			.andExpect(content().string(containsString(">" + note + "</textarea>")));
	}

	@Test
	void anUnknownCheckpointIsNotFound() throws Exception {
		this.mvc.perform(get(trial() + "/checkpoints/45").with(user(this.user))).andExpect(status().isNotFound());
		assertThat(this.journeys.stageOf(this.journey.getId())).isEqualTo("TRIAL_PERIOD");
	}

	@Test
	void endsBackTogetherWithAClosingPageInTheTimeline() throws Exception {
		this.mvc.perform(get(trial() + "/together").with(user(this.user))).andExpect(content().string(containsString("Yes, we are back together")));
		this.mvc.perform(post(trial() + "/together").with(user(this.user)).with(csrf()).param("note", "Sundays stay ours"))
			.andExpect(redirectedUrl("/journeys/" + this.journey.getId()));

		this.mvc.perform(get("/journeys/{id}", this.journey.getId()).with(user(this.user)))
			.andExpect(content().string(containsString("Back together")))
			.andExpect(content().string(containsString("Sundays stay ours")));
		assertThat(this.journeys.timelineEntries(this.journey.getId(), "RECONCILED")).isEqualTo(1);
		this.mvc.perform(get("/dashboard").with(user(this.user))).andExpect(content().string(containsString("decided to be together again")));
		this.mvc.perform(post(trial() + "/together").with(user(this.user)).with(csrf()));
		assertThat(this.journeys.timelineEntries(this.journey.getId(), "RECONCILED")).isEqualTo(1);
		this.mvc.perform(review(trial() + "/checkpoints/" + this.firstCheckpoint)).andExpect(flash().attribute("notice", "trial.closed"));
	}

	@Test
	void orEndsByMovingOn() throws Exception {
		this.mvc.perform(post("/journeys/{id}/move-on", this.journey.getId()).with(user(this.user)).with(csrf()));
		assertThat(this.journeys.stageOf(this.journey.getId())).isEqualTo("MOVING_ON");
		this.mvc.perform(get("/journeys/{id}", this.journey.getId()).with(user(this.user)))
			.andExpect(content().string(containsString("That took courage")));
	}

	private MockHttpServletRequestBuilder review(String checkpoint) {
		return post(checkpoint).with(user(this.user)).with(csrf())
			.param("changesTakenSeriously", "true").param("problemsSolvedCalmly", "true")
			.param("closenessBothEnjoy", "true").param("pastNotBroughtUp", "false").param("note", "Mostly good weeks");
	}

	private String trial() {
		return "/journeys/" + this.journey.getId() + "/trial";
	}

	private LocalDate today() {
		return this.clock.instant().atZone(ZONE).toLocalDate();
	}

}
