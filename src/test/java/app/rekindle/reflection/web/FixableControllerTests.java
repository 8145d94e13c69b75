package app.rekindle.reflection.web;

import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.rekindle.account.AccountUser;
import app.rekindle.journey.Journey;
import app.rekindle.progression.RulesProperties;
import app.rekindle.progression.Stage;
import app.rekindle.reflection.BreakupCause;
import app.rekindle.reflection.EntryContent;
import app.rekindle.reflection.EntryKind;
import app.rekindle.reflection.FixableAnswers;
import app.rekindle.reflection.FixableAnswers.Changed;
import app.rekindle.reflection.FixableAnswers.OthersView;
import app.rekindle.reflection.FixableAnswers.Unforgivable;
import app.rekindle.reflection.FixableAnswers.WhoseHands;
import app.rekindle.reflection.Motive;
import app.rekindle.reflection.ReflectionService;
import app.rekindle.reflection.SafetyAnswers;
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

/**
 * "Can it be fixed?": saved and changed through the page, bad input shown back with everything
 * typed, and the gentle word about moving on for the answers that point away from trying again,
 * and only for those, never a block.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FixableControllerTests {

	private static final String GENTLE_WORD = "A gentle word";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private TestJourneys journeys;

	@Autowired
	private ReflectionService reflection;

	@Autowired
	private RulesProperties rules;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void savesTheAnswersAndTheWordsEncrypted() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);
		this.mvc.perform(answers(user, journey, "NOT_SURE", "BOTH", "BOTH", "SAME")
			.param("unforgivableNote", "  The night it ended.  ")
			.param("changedNote", "We both listen more now.")
			.param("mustBeDifferent", "We would talk about money before it turns into a fight.")
			.param("othersNote", "My sister thinks we were good together."))
			.andExpect(redirectedUrl(url(journey)))
			.andExpect(flash().attribute("notice", "fixable.saved"));

		assertThat(this.reflection.fixableCheck(user.accountId(), journey.getId())).hasValueSatisfying((check) -> {
			FixableAnswers answers = check.answers();
			assertThat(answers.unforgivable()).isEqualTo(Unforgivable.NOT_SURE);
			assertThat(answers.unforgivableNote()).isEqualTo("The night it ended.");
			assertThat(answers.changed()).isEqualTo(Changed.BOTH);
			assertThat(answers.changedNote()).isEqualTo("We both listen more now.");
			assertThat(answers.mustBeDifferent()).isEqualTo("We would talk about money before it turns into a fight.");
			assertThat(answers.whoseHands()).isEqualTo(WhoseHands.BOTH);
			assertThat(answers.othersView()).isEqualTo(OthersView.SAME);
			assertThat(answers.othersNote()).isEqualTo("My sister thinks we were good together.");
		});
		String stored = this.jdbc.queryForObject(
				"select concat(unforgivable_note, changed_note, must_be_different, others_note) from fixable_check where journey_id = ?",
				String.class, journey.getId());
		assertThat(stored).as("the person's words are stored encrypted")
			.doesNotContain("night", "listen", "money", "sister");

		String page = this.mvc.perform(get(url(journey)).with(user(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(GENTLE_WORD))))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).containsPattern("value=\"NOT_SURE\"[^>]*checked=\"checked\"")
			.containsPattern("value=\"SAME\"[^>]*checked=\"checked\"")
			.contains(">We would talk about money before it turns into a fight.</textarea>");
	}

	/** The longest words the form accepts, in a three-byte script, still fit their columns once encrypted. */
	@Test
	void theLongestAnswersFitTheirColumns() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);
		String longest = "思".repeat(EntryForm.TEXT_MAX);
		this.mvc.perform(answers(user, journey, "NO", "BOTH", "BOTH", "SAME").param("unforgivableNote", longest)
			.param("changedNote", longest).param("mustBeDifferent", longest).param("othersNote", longest))
			.andExpect(redirectedUrl(url(journey)));
		assertThat(this.reflection.fixableCheck(user.accountId(), journey.getId()).orElseThrow().answers().othersNote())
			.isEqualTo(longest);
	}

	@Test
	void answersCanBeChangedAndAnEmptiedNoteIsGone() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);
		this.mvc.perform(answers(user, journey, "NO", "CANNOT_TELL", "MINE", "NOT_ASKED").param("changedNote", "No idea yet."))
			.andExpect(redirectedUrl(url(journey)));
		this.mvc.perform(answers(user, journey, "NO", "ONLY_ME", "THEIRS", "DIFFERENT").param("changedNote", "   ")
			.param("othersNote", "My friends worry."))
			.andExpect(redirectedUrl(url(journey)));

		FixableAnswers answers = this.reflection.fixableCheck(user.accountId(), journey.getId()).orElseThrow().answers();
		assertThat(answers.changed()).isEqualTo(Changed.ONLY_ME);
		assertThat(answers.changedNote()).isNull();
		assertThat(answers.whoseHands()).isEqualTo(WhoseHands.THEIRS);
		assertThat(answers.othersView()).isEqualTo(OthersView.DIFFERENT);
		assertThat(answers.othersNote()).isEqualTo("My friends worry.");
		assertThat(this.jdbc.queryForObject("select count(*) from fixable_check where journey_id = ?", Integer.class,
				journey.getId())).as("one answer sheet per journey").isEqualTo(1);
	}

	@Test
	void aMissingAnswerIsAskedForOnTheSamePageAndEverythingTypedStays() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);
		String page = this.mvc.perform(post(url(journey)).with(user(user)).with(csrf())
			.param("unforgivable", "NO")
			.param("unforgivableNote", "Nothing like that.")
			.param("mustBeDifferent", "More patience, from me above all.")
			.param("whoseHands", "MINE"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "changed", "othersView"))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Please check the questions marked below.")
			.contains("Please choose the answer that fits best. There is no wrong one.")
			.contains(">Nothing like that.</textarea>")
			.contains(">More patience, from me above all.</textarea>")
			.containsPattern("value=\"NO\"[^>]*checked=\"checked\"")
			.containsPattern("value=\"MINE\"[^>]*checked=\"checked\"")
			.containsPattern("aria-invalid=\"true\" aria-describedby=\"changed-hint changed-error\"[^>]*name=\"changed\"");
		assertThat(this.reflection.fixableCheck(user.accountId(), journey.getId())).isEmpty();
	}

	@Test
	void tooMuchTextAndAnUnknownChoiceAreRefusedWithTheTextKept() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);
		String tooLong = "y".repeat(EntryForm.TEXT_MAX + 1);
		this.mvc.perform(answers(user, journey, "NO", "BOTH", "BOTH", "SAME").param("mustBeDifferent", tooLong))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "mustBeDifferent"))
			.andExpect(content().string(containsString("Please keep this to 2,000 characters.")))
			.andExpect(content().string(containsString(">" + tooLong + "</textarea>")));
		this.mvc.perform(answers(user, journey, "NEVER", "BOTH", "BOTH", "SAME").param("othersNote", "Kept, please."))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "unforgivable"))
			.andExpect(content().string(containsString(">Kept, please.</textarea>")));
		assertThat(this.reflection.fixableCheck(user.accountId(), journey.getId())).isEmpty();
	}

	@Test
	void somethingUnforgivableBringsTheGentleWordWithTheWayToMovingOn() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);
		this.mvc.perform(answers(user, journey, "YES", "BOTH", "BOTH", "SAME"))
			.andExpect(flash().attribute("notice", "fixable.savedWithWord"));
		this.mvc.perform(get(url(journey)).with(user(user)))
			.andExpect(content().string(containsString(GENTLE_WORD)))
			.andExpect(content().string(containsString("Something happened that one of you cannot forgive.")))
			.andExpect(content().string(not(containsString("Nothing would need to be different."))))
			.andExpect(content().string(containsString("href=\"/journeys/" + journey.getId() + "/move-on\"")))
			.andExpect(content().string(containsString("Moving on is a good outcome, not a failure.")));
		assertThat(this.journeys.stageOf(journey.getId())).as("a word, not a block").isEqualTo("REFLECTION");
	}

	@Test
	void nothingNeedingToChangeBringsTheGentleWord() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);
		this.mvc.perform(answers(user, journey, "NO", "ONLY_ME", "NOTHING", "SAME"))
			.andExpect(flash().attribute("notice", "fixable.savedWithWord"));
		this.mvc.perform(get(url(journey)).with(user(user)))
			.andExpect(content().string(containsString(GENTLE_WORD)))
			.andExpect(content().string(containsString("Nothing would need to be different.")))
			.andExpect(content().string(not(containsString("cannot forgive. Without forgiveness"))));
	}

	/** No serious intent of its own: the motives check's reasons are all about loneliness. */
	@Test
	void onlyLonelinessInTheMotivesCheckJoinsTheGentleWordOnceThisPartIsAnswered() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);
		this.reflection.answerMotives(user.accountId(), journey.getId(), Set.of(Motive.LONELY, Motive.NOSTALGIC), null);
		this.mvc.perform(get(url(journey)).with(user(user)))
			.andExpect(content().string(not(containsString(GENTLE_WORD))));

		this.mvc.perform(answers(user, journey, "NO", "BOTH", "BOTH", "SAME"))
			.andExpect(flash().attribute("notice", "fixable.savedWithWord"));
		this.mvc.perform(get(url(journey)).with(user(user)))
			.andExpect(content().string(containsString(GENTLE_WORD)))
			.andExpect(content().string(containsString("Every reason you gave for wanting to reconnect is about loneliness")));

		this.reflection.answerMotives(user.accountId(), journey.getId(), Set.of(Motive.LONELY, Motive.BOTH_CHANGED), null);
		this.mvc.perform(get(url(journey)).with(user(user)))
			.andExpect(content().string(not(containsString(GENTLE_WORD))));
	}

	@Test
	void answersThatKeepTheWayOpenBringNoGentleWord() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);
		for (String[] open : new String[][] { { "NO", "BOTH", "MINE", "SAME" }, { "NOT_SURE", "CANNOT_TELL", "BOTH", "NOT_ASKED" },
				{ "NO", "ONLY_ME", "THEIRS", "DIFFERENT" }, { "NOT_SURE", "ONLY_ME", "MINE", "NO_ONE" } }) {
			this.mvc.perform(answers(user, journey, open[0], open[1], open[2], open[3]))
				.andExpect(flash().attribute("notice", "fixable.saved"));
			this.mvc.perform(get(url(journey)).with(user(user)))
				.andExpect(content().string(not(containsString(GENTLE_WORD))));
		}
	}

	/** Optional, not a requirement: the checklist and the way on are the same with or without these answers. */
	@Test
	void theGateIsTheSameWhateverTheAnswers() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);
		meetEveryReflectionRequirement(user, journey.getId());
		this.mvc.perform(get("/journeys/" + journey.getId()).with(user(user)))
			.andExpect(content().string(containsString("5 of 5 done")))
			.andExpect(content().string(containsString("Can it be fixed? (optional)")));

		this.mvc.perform(answers(user, journey, "YES", "CANNOT_TELL", "NOTHING", "DIFFERENT"))
			.andExpect(flash().attribute("notice", "fixable.savedWithWord"));
		this.mvc.perform(get("/journeys/" + journey.getId()).with(user(user)))
			.andExpect(content().string(containsString("5 of 5 done")))
			.andExpect(content().string(containsString("Everything above is done.")));
		this.mvc.perform(post("/journeys/{id}/advance", journey.getId()).with(user(user)).with(csrf()).param("stage", "REFLECTION"))
			.andExpect(flash().attribute("notice", "journey.advanced.NO_CONTACT"));
	}

	@Test
	void theOverviewOffersThePartAndSaysWhetherItIsAnswered() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);
		String overview = "/journeys/" + journey.getId() + "/reflection";
		this.mvc.perform(get(overview).with(user(user)))
			.andExpect(content().string(containsString("href=\"" + url(journey) + "\"")))
			.andExpect(content().string(containsString("Not yet · optional")));
		this.mvc.perform(answers(user, journey, "NO", "BOTH", "BOTH", "SAME"));
		this.mvc.perform(get(overview).with(user(user)))
			.andExpect(content().string(not(containsString("Not yet · optional"))));
	}

	@Test
	void anotherAccountsAnswersAreInvisible() throws Exception {
		AccountUser owner = this.accounts.create();
		Journey journey = this.journeys.start(owner);
		this.reflection.answerFixable(owner.accountId(), journey.getId(),
				new FixableAnswers(Unforgivable.NO, "ours", Changed.BOTH, null, null, WhoseHands.BOTH, OthersView.SAME, null));
		AccountUser stranger = this.accounts.create();
		this.mvc.perform(get(url(journey)).with(user(stranger))).andExpect(status().isNotFound());
		this.mvc.perform(answers(stranger, journey, "YES", "BOTH", "BOTH", "SAME")).andExpect(status().isNotFound());
		assertThat(this.reflection.fixableCheck(stranger.accountId(), journey.getId())).isEmpty();
		assertThat(this.reflection.fixableCheck(owner.accountId(), journey.getId()).orElseThrow().answers().unforgivable())
			.isEqualTo(Unforgivable.NO);
	}

	@Test
	void isReadOnlyAfterReflectionAndStillShowsTheWord() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);
		this.reflection.answerFixable(user.accountId(), journey.getId(),
				new FixableAnswers(Unforgivable.YES, null, Changed.BOTH, null, null, WhoseHands.BOTH, OthersView.SAME, null));
		this.journeys.putInStage(journey.getId(), Stage.NO_CONTACT);
		this.mvc.perform(get(url(journey)).with(user(user)))
			.andExpect(content().string(containsString("disabled=\"disabled\"")))
			.andExpect(content().string(not(containsString("Save my answers"))))
			.andExpect(content().string(containsString(GENTLE_WORD)));
		this.mvc.perform(answers(user, journey, "NO", "BOTH", "BOTH", "SAME"))
			.andExpect(redirectedUrl("/journeys/" + journey.getId() + "/reflection"))
			.andExpect(flash().attribute("notice", "reflection.closed"));
		assertThat(this.reflection.fixableCheck(user.accountId(), journey.getId()).orElseThrow().answers().unforgivable())
			.isEqualTo(Unforgivable.YES);
	}

	@Test
	void counsellingIsSuggestedInReflection() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);
		for (String page : new String[] { "/journeys/" + journey.getId() + "/reflection", url(journey) }) {
			this.mvc.perform(get(page).with(user(user)))
				.andExpect(content().string(containsString("Someone to talk to")))
				.andExpect(content().string(containsString("A counsellor or therapist of your own can help at any step")))
				.andExpect(content().string(containsString("<a href=\"/support\">Support</a> lists helplines")));
		}
	}

	private void meetEveryReflectionRequirement(AccountUser user, long id) {
		RulesProperties.Reflection r = this.rules.reflection();
		for (int i = 0; i < r.minCauses(); i++) {
			this.reflection.add(user.accountId(), id, new EntryContent(EntryKind.CAUSE, BreakupCause.COMMUNICATION, "We stopped talking", null));
		}
		for (int i = 0; i < r.minMistakes(); i++) {
			this.reflection.add(user.accountId(), id, new EntryContent(EntryKind.MISTAKE, null, "I went quiet", "Say it the same day"));
		}
		for (int i = 0; i < r.minTriggers(); i++) {
			this.reflection.add(user.accountId(), id, new EntryContent(EntryKind.TRIGGER, null, "Sunday evenings", null));
		}
		this.reflection.answerMotives(user.accountId(), id, Set.of(Motive.BOTH_CHANGED), null);
		this.reflection.answerSafetyScreen(user.accountId(), id, new SafetyAnswers(false, false, false, false, false, false, false, false));
	}

	private static MockHttpServletRequestBuilder answers(AccountUser user, Journey journey, String unforgivable,
			String changed, String whoseHands, String othersView) {
		return post(url(journey)).with(user(user)).with(csrf())
			.param("unforgivable", unforgivable)
			.param("changed", changed)
			.param("whoseHands", whoseHands)
			.param("othersView", othersView);
	}

	private static String url(Journey journey) {
		return "/journeys/" + journey.getId() + "/reflection/can-it-be-fixed";
	}

}
