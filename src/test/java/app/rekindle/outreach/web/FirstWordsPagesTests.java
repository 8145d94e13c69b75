package app.rekindle.outreach.web;

import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;

import app.rekindle.account.AccountClock;
import app.rekindle.account.AccountUser;
import app.rekindle.checkin.CheckInAnswers;
import app.rekindle.checkin.CheckInService;
import app.rekindle.checkin.ContactKind;
import app.rekindle.journey.Journey;
import app.rekindle.journey.JourneyService;
import app.rekindle.outreach.FirstWords;
import app.rekindle.progression.SafetyConcern;
import app.rekindle.progression.Stage;
import app.rekindle.testsupport.TestAccounts;
import app.rekindle.testsupport.TestJourneys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * First words: reached in one tap from where a draft is written, every situation with its examples
 * while reaching out, "Use this" filling the draft's message box without JavaScript, the two
 * situations that belong to no contact while it is kept, and none once reaching out is closed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FirstWordsPagesTests {

	@Autowired
	private AccountClock accountClock;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private TestJourneys journeys;

	@Autowired
	private JourneyService journeyService;

	@Autowired
	private CheckInService checkIns;

	@Autowired
	private MessageSource messages;

	@Test
	void theDraftFormAndTheDraftPageLeadToFirstWordsInOneTap() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = inStage(user, Stage.REACHING_OUT);
		String firstWords = firstWords(journey);
		Document outreach = page(user, "/journeys/" + journey.getId() + "/outreach");
		assertThat(outreach.select("#write a[href='" + firstWords + "']")).hasSize(1);

		String draftUrl = this.mvc.perform(post("/journeys/{j}/outreach/drafts", journey.getId()).with(user(user))
			.with(csrf()).param("channel", "TEXT").param("body", "Hello"))
			.andReturn().getResponse().getRedirectedUrl();
		Document draft = page(user, draftUrl);
		assertThat(draft.select("a[href='" + firstWords + "']")).hasSize(1);
	}

	@Test
	void whileReachingOutEverySituationShowsItsExamplesEachWithUseThis() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = inStage(user, Stage.REACHING_OUT);
		Document page = page(user, firstWords(journey));

		assertThat(page.select("h1").text()).isEqualTo("First words");
		assertThat(page.select("section h2").eachText()).containsExactly("They ended it", "You ended it",
				"They wrote first", "Practical things: children, work, belongings");
		assertThat(page.select("#they-reached-out h3").eachText()).contains("How to answer");
		assertThat(page.select("#they-reached-out li").eachText())
			.contains(message("firstWords.THEY_REACHED_OUT.tip.1"), message("firstWords.THEY_REACHED_OUT.tip.5"));
		for (FirstWords situation : FirstWords.values()) {
			for (FirstWords.Example example : situation.examples()) {
				assertThat(page.select("#" + situation.anchor() + " .example__words").eachText())
					.contains(message(example.code()));
				assertThat(page.select("a[href='/journeys/" + journey.getId() + "/outreach?example=" + example.id()
						+ "#write']").text()).startsWith("Use this");
			}
		}
		assertThat(page.select("nav[aria-label=Situations] a").eachAttr("href")).containsExactly("#they-ended-it", "#you-ended-it",
				"#they-reached-out", "#practical");
		assertThat(page.text()).contains("Silence is an answer too");
	}

	@Test
	void useThisFillsTheDraftsMessageBoxAndSaysSo() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = inStage(user, Stage.REACHING_OUT);
		Document page = page(user, "/journeys/" + journey.getId() + "/outreach?example=YOU_ENDED_IT-2");

		assertThat(page.select("#write textarea[name=body]").text()).isEqualTo(message("firstWords.YOU_ENDED_IT.example.2"));
		assertThat(page.select("#write .notice").text()).startsWith("The example is in the message box below.");
		assertThat(page.select("#write input[name=channel][checked]")).as("the way to reach out is theirs to choose")
			.isEmpty();

		for (String notOne : new String[] { "YOU_ENDED_IT-99", "<b>hi</b>", "" }) {
			Document plain = page(user, "/journeys/" + journey.getId() + "/outreach?example=" + notOne);
			assertThat(plain.select("#write textarea[name=body]").text()).as(notOne).isEmpty();
			assertThat(plain.select("#write .notice")).isEmpty();
		}
	}

	@Test
	void whileKeepingNoContactOnlyTheirFirstMessageAndPracticalThingsShowWithoutUseThis() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = inStage(user, Stage.NO_CONTACT);
		Document page = page(user, firstWords(journey));

		assertThat(page.select("section h2").eachText()).containsExactly("They wrote first",
				"Practical things: children, work, belongings");
		assertThat(page.select(".example__words")).isNotEmpty();
		assertThat(page.select("a.example__use")).isEmpty();
		assertThat(page.select(".notice").text()).isEqualTo(message("firstWords.noContact"));
		assertThat(page.select("a.back-link").attr("href")).isEqualTo("/journeys/" + journey.getId());
	}

	@Test
	void whenTheyReachedOutFirstTheJourneyPageLinksToHowToAnswer() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = inStage(user, Stage.NO_CONTACT);
		String link = firstWords(journey) + "#they-reached-out";
		assertThat(page(user, "/journeys/" + journey.getId()).select("a[href='" + link + "']")).isEmpty();

		this.checkIns.record(user.accountId(), new CheckInAnswers(this.accountClock.today(user.accountId()), 3, 4,
				ContactKind.THEY_REACHED_OUT, Set.of(), null, null));
		Document page = page(user, "/journeys/" + journey.getId());
		assertThat(page.select("a[href='" + link + "']").text()).isEqualTo("How to answer, with a few words to borrow");
	}

	@Test
	void noFirstWordsBeforeNoContactAfterTheJourneyEndedOrOnceALockClosedReachingOut() throws Exception {
		AccountUser user = this.accounts.create();
		Journey reflecting = this.journeys.start(user);
		assertNone(user, reflecting);
		this.journeyService.moveOn(user.accountId(), reflecting.getId(), null);
		assertNone(user, reflecting);

		AccountUser locked = this.accounts.create();
		Journey closed = inStage(locked, Stage.NO_CONTACT);
		this.journeyService.recordSafetyConcerns(locked.accountId(), closed.getId(), Set.of(SafetyConcern.EX_BLOCKED));
		assertNone(locked, closed);
	}

	@Test
	void anotherAccountsFirstWordsAnswer404() throws Exception {
		AccountUser owner = this.accounts.create();
		Journey journey = inStage(owner, Stage.REACHING_OUT);
		this.mvc.perform(get(firstWords(journey)).with(user(this.accounts.create()))).andExpect(status().isNotFound());
		this.mvc.perform(get("/journeys/{j}/outreach", journey.getId()).param("example", "PRACTICAL-1")
			.with(user(this.accounts.create()))).andExpect(status().isNotFound());
	}

	private void assertNone(AccountUser user, Journey journey) throws Exception {
		Document page = page(user, firstWords(journey));
		assertThat(page.select(".lead").text()).isEqualTo(message("firstWords.none"));
		assertThat(page.select(".example__words")).isEmpty();
	}

	private Journey inStage(AccountUser user, Stage stage) {
		Journey journey = this.journeys.start(user);
		this.journeys.putInStage(journey.getId(), stage);
		return journey;
	}

	private static String firstWords(Journey journey) {
		return "/journeys/" + journey.getId() + "/outreach/first-words";
	}

	private Document page(AccountUser user, String url) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(url).with(user(user)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
	}

	private String message(String code) {
		return this.messages.getMessage(code, null, Locale.ENGLISH);
	}

}
