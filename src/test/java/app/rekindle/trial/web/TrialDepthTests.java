package app.rekindle.trial.web;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.rekindle.account.AccountUser;
import app.rekindle.journey.Journey;
import app.rekindle.privacy.EncryptedTextConverter;
import app.rekindle.progression.RulesProperties;
import app.rekindle.progression.Stage;
import app.rekindle.testsupport.JournalTest;
import app.rekindle.testsupport.MutableClock;
import app.rekindle.testsupport.MutableClockConfiguration;
import app.rekindle.testsupport.TestAccounts;
import app.rekindle.testsupport.TestJourneys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The trial with depth: agreed terms shown at every checkpoint, a start never before the trial step
 * began, what is missing after a "not yet" with one conversation to have, and red flags that lead to
 * ending the trial safely, fear and control closing reaching out as the safety screen does.
 */
@JournalTest
class TrialDepthTests {

	private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private static final String TERMS = "We talk about money every Sunday, before it turns into a fight.";

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

	/** A journey whose trial step begins today, at the fixed start of the story. */
	@BeforeEach
	void aJourneyEnteringItsTrialToday() {
		this.clock.set(MutableClockConfiguration.START);
		this.user = this.accounts.create(TestAccounts.uniqueEmail(), ZONE);
		this.journey = this.journeys.start(this.user);
		this.journeys.putInStage(this.journey.getId(), Stage.TRIAL_PERIOD);
		this.firstCheckpoint = this.rules.trial().checkpointDays().get(0);
	}

	@Test
	void theAgreedTermsAreKeptEncryptedAndShownAtEveryCheckpoint() throws Exception {
		LocalDate today = today();
		this.mvc.perform(terms(today, "12", TERMS))
			.andExpect(redirectedUrl(trial()))
			.andExpect(flash().attribute("notice", "trial.terms.saved"));

		assertThat(this.jdbc.queryForObject("select what_will_differ from trial_period where journey_id = ?", String.class,
				this.journey.getId())).startsWith("v1:");
		String until = "12 weeks, until " + DAY.format(today.plusWeeks(12).minusDays(1));
		this.mvc.perform(get(trial()).with(user(this.user)))
			.andExpect(content().string(allOf(containsString(TERMS), containsString(until),
					containsString("Change what you agreed"))));
		for (int day : this.rules.trial().checkpointDays()) {
			this.mvc.perform(get(trial() + "/checkpoints/" + day).with(user(this.user)))
				.andExpect(content().string(allOf(containsString("What you agreed"), containsString(TERMS),
						containsString(until))));
		}
		this.clock.advance(Duration.ofDays(7 * 12));
		this.mvc.perform(get(trial()).with(user(this.user)))
			.andExpect(content().string(containsString("The 12 weeks you agreed ended on "
					+ DAY.format(today.plusWeeks(12).minusDays(1)))));
	}

	@Test
	void aTrialWithoutTermsStillWorksAndItsPagesInviteThem() throws Exception {
		this.mvc.perform(get(trial()).with(user(this.user)))
			.andExpect(content().string(allOf(containsString("Write down what you agreed"),
					containsString("A trial works best when you both know how long it lasts"))));
		// A start saved before terms existed: a start, and nothing else.
		this.jdbc.update("insert into trial_period (journey_id, started_on) values (?, ?)", this.journey.getId(), today());
		this.clock.advance(Duration.ofDays(this.firstCheckpoint));
		String checkpoint = trial() + "/checkpoints/" + this.firstCheckpoint;
		this.mvc.perform(get(checkpoint).with(user(this.user)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("but what you agreed is not written down yet"),
					containsString("href=\"/journeys/" + this.journey.getId() + "/trial#terms\""))));
		this.mvc.perform(review(checkpoint).param("pastNotBroughtUp", "true")).andExpect(redirectedUrl(trial()));
		this.mvc.perform(get(trial()).with(user(this.user)))
			.andExpect(content().string(allOf(containsString("Reviewed · 4 of 4 yes"),
					containsString("Write down what you agreed"))));
	}

	@Test
	void aStartBeforeTheTrialStepBeganIsRefusedOnTheSamePageKeepingWhatWasTyped() throws Exception {
		LocalDate today = today();
		int longBefore = this.rules.trial().checkpointDays().get(this.rules.trial().checkpointDays().size() - 1) + 5;
		this.mvc.perform(terms(today.minusDays(longBefore), "12", TERMS))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(
					containsString("The trial can&#39;t start before this step began, on " + DAY.format(today)),
					containsString("value=\"" + today.minusDays(longBefore) + "\""), containsString("value=\"12\""),
					containsString(">" + TERMS + "</textarea>"), containsString("aria-invalid=\"true\""))));
		assertThat(this.jdbc.queryForObject("select count(*) from trial_period where journey_id = ?", Integer.class,
				this.journey.getId())).isZero();

		this.mvc.perform(terms(today.plusDays(1), "12", TERMS))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This date is in the future")));
		this.mvc.perform(terms(today, "0", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Please enter a number of weeks from 1 to 52."),
					containsString("Please write down at least one thing you agreed will be different."))));
		this.mvc.perform(terms(today, "a dozen", TERMS))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please enter a whole number of weeks, for example 12.")));

		// Later in the step, any day from the step's first to today will do.
		this.clock.advance(Duration.ofDays(20));
		this.mvc.perform(terms(today.plusDays(3), "8", TERMS)).andExpect(redirectedUrl(trial()));
		this.mvc.perform(terms(today.minusDays(1), "8", TERMS))
			.andExpect(content().string(containsString("on " + DAY.format(today) + ". Please choose that day or a later one.")));
	}

	@Test
	void aNotYetAsksWhatIsMissingAndSuggestsOneConversationForThatQuestion() throws Exception {
		this.clock.advance(Duration.ofDays(this.firstCheckpoint));
		String checkpoint = trial() + "/checkpoints/" + this.firstCheckpoint;
		this.mvc.perform(get(checkpoint).with(user(this.user)))
			.andExpect(content().string(allOf(containsString("One conversation that may help"),
					containsString("Pick one change you agreed on, just one"),
					containsString("talk about how you argue rather than what about"),
					containsString("Talk about closeness without asking for more"),
					containsString("whether something from the past still needs to be talked through"),
					containsString("What is missing, in your words (optional)"), containsString("Not yet"))));

		this.mvc.perform(review(checkpoint).param("pastNotBroughtUp", "false")
			.param("pastMissing", "The night it ended still comes up.")
			.param("changesMissing", "Written before choosing yes"))
			.andExpect(redirectedUrl(trial()));

		assertThat(this.jdbc.queryForObject("select past_missing from trial_checkpoint where journey_id = ?", String.class,
				this.journey.getId())).startsWith("v1:");
		assertThat(this.jdbc.queryForObject("select changes_missing from trial_checkpoint where journey_id = ?",
				String.class, this.journey.getId())).as("a note on what is missing goes with a \"not yet\" only").isNull();
		this.mvc.perform(get(checkpoint).with(user(this.user)))
			.andExpect(content().string(allOf(containsString(">The night it ended still comes up.</textarea>"),
					not(containsString("Written before choosing yes")))));

		String tooLong = "m".repeat(1001);
		this.mvc.perform(review(checkpoint).param("pastNotBroughtUp", "false").param("pastMissing", tooLong))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Please keep this to 1,000 characters."),
					containsString(">" + tooLong + "</textarea>"))));
		this.mvc.perform(post(checkpoint).with(user(this.user)).with(csrf()).param("changesTakenSeriously", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please answer yes or not yet.")));
	}

	@Test
	void theOtherRedFlagsAreKeptWithTheReviewAndLeadToEndingTheTrialSafely() throws Exception {
		this.clock.advance(Duration.ofDays(this.firstCheckpoint));
		String checkpoint = trial() + "/checkpoints/" + this.firstCheckpoint;
		this.mvc.perform(review(checkpoint).param("pastNotBroughtUp", "false")
			.param("redFlags", "OLD_PATTERNS").param("redFlags", "WANTS_TO_STOP"))
			.andExpect(redirectedUrl(trial() + "/worries?flags=OLD_PATTERNS&flags=WANTS_TO_STOP"))
			.andExpect(flash().attribute("notice", "trial.checkpoint.saved"));
		assertThat(this.jdbc.queryForObject("select red_flags from trial_checkpoint where journey_id = ?", String.class,
				this.journey.getId())).isEqualTo("OLD_PATTERNS,WANTS_TO_STOP");
		assertThat(this.journeys.stageOf(this.journey.getId())).isEqualTo("TRIAL_PERIOD");

		this.mvc.perform(get(trial() + "/worries").param("flags", "OLD_PATTERNS", "WANTS_TO_STOP").with(user(this.user)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("the trial has shown you something true"),
					containsString("it deserves to be heard, not argued with or talked out of"),
					containsString("Ending the trial safely"),
					containsString("href=\"/journeys/" + this.journey.getId() + "/move-on\""),
					containsString("href=\"/support\""), containsString("Support, if you want it"),
					not(containsString("Your safety comes first")))));
		this.mvc.perform(get(checkpoint).with(user(this.user)))
			.andExpect(content().string(allOf(containsString("What you marked at this review"),
					containsString("The old patterns that hurt us before are back."),
					containsString("href=\"" + trial() + "/worries?flags=OLD_PATTERNS&amp;flags=WANTS_TO_STOP\""))));
	}

	@Test
	void fearAtACheckpointIsShownBackFirstAndOnceConfirmedLocksAsOnTheSafetyScreen() throws Exception {
		this.clock.advance(Duration.ofDays(this.firstCheckpoint));
		String checkpoint = trial() + "/checkpoints/" + this.firstCheckpoint;
		this.mvc.perform(review(checkpoint).param("pastNotBroughtUp", "false").param("pastMissing", "Kindness")
			.param("redFlags", "FEAR"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Before your review is saved"),
					containsString("Nothing is saved yet."), containsString("I feel afraid of them."),
					containsString("reaching out closes for this journey, for good, and the trial ends now"),
					containsString("name=\"pastMissing\" value=\"Kindness\""),
					containsString("name=\"redFlags\" value=\"FEAR\""), containsString("Support, if you want it"))));
		assertThat(count("trial_checkpoint")).isZero();
		assertThat(count("journey_safety_lock")).isZero();

		this.mvc.perform(review(checkpoint).param("pastNotBroughtUp", "false").param("redFlags", "FEAR")
			.param("decision", "change"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Save the review"), containsString("name=\"redFlags\" checked=\"checked\""))));
		assertThat(count("trial_checkpoint")).isZero();

		this.mvc.perform(review(checkpoint).param("pastNotBroughtUp", "false").param("redFlags", "FEAR")
			.param("decision", "confirm"))
			.andExpect(redirectedUrl("/journeys/" + this.journey.getId()));
		assertThat(count("trial_checkpoint")).isOne();
		assertThat(this.jdbc.queryForList("select concern from journey_safety_lock where journey_id = ?", String.class,
				this.journey.getId())).containsExactly("FEAR_OF_EX");
		assertThat(this.journeys.stageOf(this.journey.getId())).isEqualTo("MOVING_ON");
		assertThat(this.journeys.timelineEntries(this.journey.getId(), "SAFETY_LOCK")).isOne();
		this.mvc.perform(get("/journeys/{id}", this.journey.getId()).with(user(this.user)))
			.andExpect(content().string(allOf(containsString("Reaching out is closed for this journey, for good."),
					containsString("You have felt afraid of them."), containsString("Support, if you want it"))));
	}

	@Test
	void somethingIsWrongCanBeSaidAnyDayAndControlClosesReachingOutOnceConfirmed() throws Exception {
		this.mvc.perform(get(trial()).with(user(this.user)))
			.andExpect(content().string(allOf(containsString("If something is wrong"),
					containsString("href=\"/journeys/" + this.journey.getId() + "/trial/worries\""))));
		this.mvc.perform(get(trial() + "/worries").with(user(this.user)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("What is true right now?"),
					containsString("I feel afraid of them."), containsString("One of us wants to stop."),
					not(containsString("Ending the trial safely")))));

		this.mvc.perform(get(trial() + "/worries").param("flags", "CONTROL").with(user(this.user)))
			.andExpect(content().string(allOf(containsString("is control, not care"),
					containsString("Your safety comes first"), containsString("Yes, end the trial for my safety"),
					containsString("value=\"CONTROL\""),
					not(containsString("href=\"/journeys/" + this.journey.getId() + "/move-on\"")))));
		assertThat(count("journey_safety_lock")).as("marking is not saving").isZero();

		this.mvc.perform(post(trial() + "/worries").param("flags", "WANTS_TO_STOP").with(user(this.user)).with(csrf()))
			.andExpect(redirectedUrl(trial() + "/worries?flags=WANTS_TO_STOP"));
		assertThat(count("journey_safety_lock")).isZero();

		this.mvc.perform(post(trial() + "/worries").param("flags", "CONTROL").with(user(this.user)).with(csrf()))
			.andExpect(redirectedUrl("/journeys/" + this.journey.getId()));
		assertThat(this.jdbc.queryForList("select concern from journey_safety_lock where journey_id = ?", String.class,
				this.journey.getId())).containsExactly("COERCIVE_CONTROL");
		assertThat(this.journeys.stageOf(this.journey.getId())).isEqualTo("MOVING_ON");

		// The trial has ended: the page can be read, and nothing on it ends anything any more.
		this.mvc.perform(get(trial() + "/worries").param("flags", "FEAR").with(user(this.user)))
			.andExpect(content().string(allOf(containsString("nothing here can end it"),
					not(containsString("Yes, end the trial for my safety")))));
		this.mvc.perform(post(trial() + "/worries").param("flags", "FEAR").with(user(this.user)).with(csrf()))
			.andExpect(redirectedUrl(trial()))
			.andExpect(flash().attribute("notice", "trial.closed"));
	}

	@Test
	void anotherAccountFindsNoneOfIt() throws Exception {
		AccountUser stranger = this.accounts.create();
		this.mvc.perform(get(trial() + "/worries").with(user(stranger))).andExpect(status().isNotFound());
		this.mvc.perform(post(trial() + "/worries").param("flags", "FEAR").with(user(stranger)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post(trial() + "/start").with(user(stranger)).with(csrf()).param("startedOn", today().toString())
			.param("weeks", "12").param("whatWillDiffer", TERMS)).andExpect(status().isNotFound());
		assertThat(count("journey_safety_lock")).isZero();
		assertThat(count("trial_period")).isZero();
	}

	@Test
	void theNewColumnsHoldTheLongestTextOnceEncrypted() {
		assertThat(EncryptedTextConverter.columnLengthFor(CheckpointForm.MISSING_MAX))
			.isLessThanOrEqualTo(columnLength("trial_checkpoint", "past_missing"));
		assertThat(EncryptedTextConverter.columnLengthFor(TrialTermsForm.WHAT_WILL_DIFFER_MAX))
			.isLessThanOrEqualTo(columnLength("trial_period", "what_will_differ"));
	}

	private MockHttpServletRequestBuilder terms(LocalDate startedOn, String weeks, String whatWillDiffer) {
		return post(trial() + "/start").with(user(this.user)).with(csrf()).param("startedOn", startedOn.toString())
			.param("weeks", weeks).param("whatWillDiffer", whatWillDiffer);
	}

	/** Three of the four answered yes; the test adds the fourth. */
	private MockHttpServletRequestBuilder review(String checkpoint) {
		return post(checkpoint).with(user(this.user)).with(csrf())
			.param("changesTakenSeriously", "true").param("problemsSolvedCalmly", "true")
			.param("closenessBothEnjoy", "true");
	}

	private int count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table + " where journey_id = ?", Integer.class,
				this.journey.getId());
	}

	private int columnLength(String table, String column) {
		return this.jdbc.queryForObject(
				"select character_maximum_length from information_schema.columns where lower(table_name) = ? and lower(column_name) = ?",
				Integer.class, table, column);
	}

	private String trial() {
		return "/journeys/" + this.journey.getId() + "/trial";
	}

	private LocalDate today() {
		return this.clock.instant().atZone(ZONE).toLocalDate();
	}

}
