package app.rekindle.outreach.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.rekindle.account.AccountUser;
import app.rekindle.journey.Journey;
import app.rekindle.outreach.Conversation;
import app.rekindle.outreach.ConversationKind;
import app.rekindle.outreach.ConversationReview;
import app.rekindle.outreach.OutreachService;
import app.rekindle.outreach.ReviewAnswer;
import app.rekindle.progression.Stage;
import app.rekindle.testsupport.EveryKindFixture;
import app.rekindle.testsupport.MutableClockConfiguration;
import app.rekindle.testsupport.TestAccounts;
import app.rekindle.testsupport.TestJourneys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Conversations: a few words before one, and looking back on it after, kept with it wherever it
 * goes: its page, the list, the summary, the export, search, and removal with it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class ConversationReviewTests {

	private static final String[] QUESTIONS = { "Did I listen more than I talked?",
			"Did I speak for myself, rather than about what they did?",
			"Did I stay calm when something was hard to hear?",
			"Did I push for an answer, or for what we are to each other?" };

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private TestJourneys journeys;

	@Autowired
	private OutreachService outreach;

	@Autowired
	private EveryKindFixture fixture;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void beforeLoggingAConversationThePageSaysHowToTalkWell() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = reachingOut(user);
		Document page = page(user, "/journeys/" + journey.getId() + "/outreach");
		assertThat(page.select("#before-talking-heading").text()).isEqualTo("Before you talk");
		assertThat(page.select(".talk-guide li").eachText()).hasSize(5)
			.anySatisfy((point) -> assertThat(point).startsWith("Listen more than you talk."))
			.anySatisfy((point) -> assertThat(point).startsWith("Speak for yourself"))
			.anySatisfy((point) -> assertThat(point).startsWith("Invite their side first"))
			.anySatisfy((point) -> assertThat(point).startsWith("Put your phone away"))
			.anySatisfy((point) -> assertThat(point).startsWith("Don't push for a label"));
		assertThat(page.select(".talk-guide + form h3").text()).as("just before the form that logs one")
			.isEqualTo("Log a conversation");

		this.journeys.putInStage(journey.getId(), Stage.REBUILDING_TRUST);
		assertThat(page(user, "/journeys/" + journey.getId() + "/outreach").select(".talk-guide")).isEmpty();
	}

	@Test
	void afterLoggingOneItsPageAsksToLookBackAndKeepsTheAnswers() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = reachingOut(user);
		String url = this.mvc.perform(post("/journeys/{j}/outreach/conversations", journey.getId()).with(user(user))
			.with(csrf()).param("kind", "CALL").param("heldOn", "2026-01-10").param("rating", "4").param("note", "Warm"))
			.andReturn().getResponse().getRedirectedUrl();
		Document page = page(user, url);
		assertThat(page.select("h1").text()).isEqualTo("A conversation");
		assertThat(page.text()).contains("Phone call · Saturday 10 January 2026").contains("Felt 4 of 5").contains("Warm");
		assertThat(page.select("#look-back form legend").eachText()).containsExactly(QUESTIONS);
		assertThat(page.select("#look-back form .yes-no").first().select("label").eachText())
			.containsExactly("Yes", "Partly", "No");
		assertThat(page.select("#look-back form input[type=radio][checked]")).as("nothing chosen in advance").isEmpty();

		this.mvc.perform(review(user, url).param("listened", "PARTLY").param("spokeForMyself", "YES")
			.param("stayedCalm", "YES").param("pushed", "NO").param("note", "  I talked fast when nervous.  "))
			.andExpect(redirectedUrl(url))
			.andExpect(flash().attribute("notice", "conversation.review.saved"));

		Conversation saved = this.outreach.conversations(user.accountId(), journey.getId()).get(0);
		assertThat(saved.getReview()).isEqualTo(new ConversationReview(ReviewAnswer.PARTLY, ReviewAnswer.YES,
				ReviewAnswer.YES, ReviewAnswer.NO, "I talked fast when nervous."));
		assertThat(this.jdbc.queryForObject("select review_note from outreach_conversation where id = ?", String.class,
				saved.getId())).as("encrypted like every journal text").startsWith("v1:").doesNotContain("nervous");

		Document reviewed = page(user, url);
		assertThat(reviewed.select(".look-back dt").eachText()).containsExactly(QUESTIONS);
		assertThat(reviewed.select(".look-back dd").eachText()).containsExactly("Partly", "Yes", "Yes", "No");
		assertThat(reviewed.select("#look-back .user-text").text()).isEqualTo("I talked fast when nervous.");
		assertThat(reviewed.select("#look-back details:not([open]) summary").text()).isEqualTo("Change your answers");
		assertThat(reviewed.select("details input[name=listened][value=PARTLY]").hasAttr("checked")).isTrue();
		assertThat(page(user, "/journeys/" + journey.getId() + "/outreach").select("#conversation-" + saved.getId()).text())
			.contains("Felt 4 of 5 · looked back on");

		this.mvc.perform(review(user, url).param("listened", "YES").param("spokeForMyself", "YES")
			.param("stayedCalm", "PARTLY").param("pushed", "PARTLY").param("note", ""))
			.andExpect(redirectedUrl(url));
		assertThat(this.outreach.conversations(user.accountId(), journey.getId()).get(0).getReview())
			.isEqualTo(new ConversationReview(ReviewAnswer.YES, ReviewAnswer.YES, ReviewAnswer.PARTLY,
					ReviewAnswer.PARTLY, null));
	}

	static Stream<Arguments> badReviews() {
		return Stream.of(Arguments.of("nothing answered", "", "", "", "", "kept note", "Please choose an answer."),
				Arguments.of("one left out", "YES", "YES", "", "NO", "kept note", "Please choose an answer."),
				Arguments.of("an answer that is not one", "YES", "MAYBE", "YES", "NO", "kept note",
						"Please choose one of the answers."),
				Arguments.of("a note too long", "YES", "YES", "YES", "NO", "n".repeat(2001),
						"Please keep this to 2,000 characters."));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badReviews")
	void aBadReviewIsRefusedOnTheSamePageKeepingWhatWasTypedAndChosen(String name, String listened,
			String spokeForMyself, String stayedCalm, String pushed, String note, String message) throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = reachingOut(user);
		String url = conversationUrl(journey, log(user, journey));
		String body = this.mvc.perform(review(user, url).param("listened", listened)
			.param("spokeForMyself", spokeForMyself).param("stayedCalm", stayedCalm).param("pushed", pushed)
			.param("note", note))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("reviewForm"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		Document page = Jsoup.parse(body);
		assertThat(page.select(".form-errors").text()).isEqualTo("Please answer the questions marked below.");
		assertThat(page.select(".field__error").text()).contains(message);
		assertThat(page.select("textarea[name=note]").text()).isEqualTo(note);
		if (listened.equals("YES")) {
			assertThat(page.select("input[name=listened][value=YES]").hasAttr("checked")).as("the choice stays").isTrue();
		}
		assertThat(page.select("[aria-invalid=true]")).isNotEmpty();
		assertThat(this.outreach.conversations(user.accountId(), journey.getId()).get(0).isReviewed()).isFalse();
	}

	@Test
	void aBadChangeOpensTheChangeFormAgainWithTheSavedAnswersStillShown() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = reachingOut(user);
		long id = log(user, journey);
		this.outreach.reviewConversation(user.accountId(), journey.getId(), id,
				new ConversationReview(ReviewAnswer.NO, ReviewAnswer.NO, ReviewAnswer.NO, ReviewAnswer.YES, "first"));
		Document page = Jsoup.parse(this.mvc.perform(review(user, conversationUrl(journey, id)).param("listened", "YES")
			.param("note", "second"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("#look-back details[open]")).hasSize(1);
		assertThat(page.select(".look-back dd").eachText()).containsExactly("No", "No", "No", "Yes");
		assertThat(page.select("textarea[name=note]").text()).isEqualTo("second");
		assertThat(this.outreach.conversations(user.accountId(), journey.getId()).get(0).getReview().note())
			.isEqualTo("first");
	}

	@Test
	void onceReachingOutIsOverTheLookBackCanBeReadButNotChanged() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = reachingOut(user);
		long reviewed = log(user, journey);
		long notReviewed = log(user, journey);
		this.outreach.reviewConversation(user.accountId(), journey.getId(), reviewed,
				new ConversationReview(ReviewAnswer.YES, ReviewAnswer.YES, ReviewAnswer.YES, ReviewAnswer.NO, "kept"));
		this.journeys.putInStage(journey.getId(), Stage.REBUILDING_TRUST);

		Document page = page(user, conversationUrl(journey, reviewed));
		assertThat(page.select(".look-back dd").eachText()).containsExactly("Yes", "Yes", "Yes", "No");
		assertThat(page.select("form")).filteredOn((form) -> form.attr("action").contains("/review")).isEmpty();
		assertThat(page.select("a[href$='/remove']")).isEmpty();
		assertThat(page(user, conversationUrl(journey, notReviewed)).text())
			.contains("You did not look back on this conversation while you were reaching out.");

		this.mvc.perform(review(user, conversationUrl(journey, reviewed)).param("listened", "NO")
			.param("spokeForMyself", "NO").param("stayedCalm", "NO").param("pushed", "YES"))
			.andExpect(redirectedUrl("/journeys/" + journey.getId() + "/outreach"))
			.andExpect(flash().attribute("notice", "outreach.closed"));
		this.mvc.perform(review(user, conversationUrl(journey, reviewed)).param("listened", "NO"))
			.andExpect(redirectedUrl(conversationUrl(journey, reviewed)))
			.andExpect(flash().attribute("notice", "outreach.closed"));
		assertThat(this.outreach.conversation(user.accountId(), journey.getId(), reviewed).getReview().listened())
			.isEqualTo(ReviewAnswer.YES);
	}

	@Test
	void anotherAccountCannotReadOrReviewAConversation() throws Exception {
		AccountUser owner = this.accounts.create();
		Journey journey = reachingOut(owner);
		long id = log(owner, journey);
		AccountUser stranger = this.accounts.create();
		Journey strangers = reachingOut(stranger);

		this.mvc.perform(get(conversationUrl(journey, id)).with(user(stranger))).andExpect(status().isNotFound());
		this.mvc.perform(get(conversationUrl(strangers, id)).with(user(stranger))).andExpect(status().isNotFound());
		this.mvc.perform(review(stranger, conversationUrl(journey, id)).param("listened", "YES")
			.param("spokeForMyself", "YES").param("stayedCalm", "YES").param("pushed", "NO"))
			.andExpect(status().isNotFound());
		this.mvc.perform(review(stranger, conversationUrl(strangers, id)).param("listened", "YES"))
			.andExpect(status().isNotFound());
		assertThat(this.outreach.conversation(owner.accountId(), journey.getId(), id).isReviewed()).isFalse();
	}

	@Test
	void removingAConversationAsksFirstShowsTheLookBackAndRemovesItToo() throws Exception {
		EveryKindFixture.Created created = this.fixture.createInStage("Wren", Stage.REACHING_OUT);
		long id = this.jdbc.queryForObject("select id from outreach_conversation where journey_id = ?", Long.class,
				created.journeyId());
		String url = "/journeys/" + created.journeyId() + "/outreach/conversations/" + id;
		Document confirmation = page(created.user(), url + "/remove");
		assertThat(confirmation.text()).contains(created.text("good call"))
			.contains(created.text("listen more"))
			.contains("If you looked back on it, your answers go with it.");
		this.mvc.perform(post(url + "/delete").with(user(created.user())).with(csrf()))
			.andExpect(redirectedUrl("/journeys/" + created.journeyId() + "/outreach"));
		assertThat(this.jdbc.queryForObject("select count(*) from outreach_conversation where journey_id = ?",
				Integer.class, created.journeyId())).isZero();
		assertThat(page(created.user(), "/history/search?q=" + created.tag()).text())
			.doesNotContain(created.text("listen more"));
	}

	@Test
	void theLookBackIsFoundBySearchAndLeadsToItsConversation() throws Exception {
		EveryKindFixture.Created created = this.fixture.createInStage("Plover", Stage.REACHING_OUT);
		long id = this.jdbc.queryForObject("select id from outreach_conversation where journey_id = ?", Long.class,
				created.journeyId());
		Document results = Jsoup.parse(this.mvc.perform(get("/history/search").param("q", "listen more")
			.with(user(created.user()))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(results.text()).contains("Looking back on a conversation");
		assertThat(results.select("a[href='/journeys/" + created.journeyId() + "/outreach/conversations/" + id + "']"))
			.isNotEmpty();
	}

	@Test
	void theSummaryAndItsPdfShowTheLookBackWithTheWordsOfReachingOutOnly() throws Exception {
		EveryKindFixture.Created created = this.fixture.create("Tern");
		MockHttpServletRequestBuilder withWords = get("/summary").param("range", "journey")
			.param("journey", String.valueOf(created.journeyId())).param("reachingOut", "true")
			.param("_reachingOut", "on").with(user(created.user()));
		Document page = Jsoup.parse(this.mvc.perform(withWords).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select(".summary__look-back li").eachText()).containsExactly(QUESTIONS[0] + " Yes",
				QUESTIONS[1] + " Partly", QUESTIONS[2] + " Yes", QUESTIONS[3] + " No");
		assertThat(page.text()).contains(created.text("listen more"));
		byte[] pdf = this.mvc.perform(get("/summary.pdf").param("range", "journey")
			.param("journey", String.valueOf(created.journeyId())).param("reachingOut", "true")
			.param("_reachingOut", "on").with(user(created.user())))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		Files.createDirectories(Path.of("target", "screenshots"));
		Files.write(Path.of("target", "screenshots", "summary-conversation-look-back.pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
				.contains(QUESTIONS[0] + " Yes").contains(created.text("listen more"));
		}

		String without = this.mvc.perform(get("/summary").param("range", "journey")
			.param("journey", String.valueOf(created.journeyId())).param("_reachingOut", "on").with(user(created.user())))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(without).doesNotContain(QUESTIONS[0]).doesNotContain(created.text("listen more"));
	}

	@Test
	void theMarkdownExportHasTheLookBackUnderItsConversation() throws Exception {
		EveryKindFixture.Created created = this.fixture.create("Stint");
		String markdown = this.mvc.perform(get("/account/export.md").with(user(created.user())))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(markdown).containsSubsequence("**Phone call** on ", created.text("good call"), "*Looking back on it, ",
				"- Did I listen more than I talked? — Yes",
				"- Did I speak for myself, rather than about what they did? — Partly",
				"- Did I stay calm when something was hard to hear? — Yes",
				"- Did I push for an answer, or for what we are to each other? — No", created.text("listen more"));
	}

	private Journey reachingOut(AccountUser user) {
		Journey journey = this.journeys.start(user);
		this.journeys.putInStage(journey.getId(), Stage.REACHING_OUT);
		return journey;
	}

	private long log(AccountUser user, Journey journey) {
		return this.outreach.logConversation(user.accountId(), journey.getId(), ConversationKind.VIDEO,
				LocalDate.of(2026, 1, 10), 3, null).getId();
	}

	private static String conversationUrl(Journey journey, long id) {
		return "/journeys/" + journey.getId() + "/outreach/conversations/" + id;
	}

	private static MockHttpServletRequestBuilder review(AccountUser user, String conversationUrl) {
		return post(conversationUrl + "/review").with(user(user)).with(csrf());
	}

	private Document page(AccountUser user, String url) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(url).with(user(user)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
