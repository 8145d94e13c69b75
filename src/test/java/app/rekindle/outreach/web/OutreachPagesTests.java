package app.rekindle.outreach.web;

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

import app.rekindle.account.AccountUser;
import app.rekindle.journey.Journey;
import app.rekindle.outreach.Channel;
import app.rekindle.outreach.Draft;
import app.rekindle.outreach.DraftContent;
import app.rekindle.outreach.OutreachService;
import app.rekindle.progression.Stage;
import app.rekindle.testsupport.TestAccounts;
import app.rekindle.testsupport.TestJourneys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
class OutreachPagesTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private TestJourneys journeys;

	@Autowired
	private OutreachService outreach;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void savesADraftAndShowsWhatThePressureCheckFound() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = reachingOut(user);
		String location = this.mvc.perform(post(drafts(journey)).with(user(user)).with(csrf())
			.param("channel", "TEXT")
			.param("body", "I miss you. Can we try again? Are you seeing someone?")
			.param("plannedSendTime", "23:30"))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("notice", "draft.saved"))
			.andReturn().getResponse().getRedirectedUrl();

		this.mvc.perform(get(location).with(user(user)))
			.andExpect(content().string(containsString("Missing them or love")))
			.andExpect(content().string(containsString("Talk of getting back together")))
			.andExpect(content().string(containsString("Several questions")))
			.andExpect(content().string(containsString("Their love life")))
			.andExpect(content().string(containsString("Late at night")))
			.andExpect(content().string(containsString("Resting until")))
			.andExpect(content().string(not(containsString("I sent it"))));
		assertThat(this.jdbc.queryForObject("select body from outreach_draft where journey_id = ?", String.class, journey.getId()))
			.startsWith("v1:").doesNotContain("miss");
	}

	@Test
	void aGentleDraftHasNothingFlagged() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = reachingOut(user);
		Draft draft = this.outreach.write(user.accountId(), journey.getId(),
				new DraftContent(Channel.TEXT, "Happy birthday, I hope the year ahead is kind to you.", null));
		this.mvc.perform(get(draftUrl(journey, draft)).with(user(user)))
			.andExpect(content().string(containsString("Nothing here reads as pressure.")));
	}

	@Test
	void socialMediaIsNotOfferedAndADraftForItIsRefusedWithWhyOnTheSamePage() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = reachingOut(user);
		this.mvc.perform(get("/journeys/{id}/outreach", journey.getId()).with(user(user)))
			.andExpect(content().string(not(containsString("INDIRECT_SOCIAL"))))
			.andExpect(content().string(not(containsString("social media"))))
			.andExpect(content().string(containsString("value=\"TEXT\"")));
		this.mvc.perform(post(drafts(journey)).with(user(user)).with(csrf())
			.param("channel", "INDIRECT_SOCIAL").param("body", "A little heart on their photo"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("draftForm", "channel"))
			.andExpect(content().string(containsString("Reaching out on social media is no longer offered")))
			.andExpect(content().string(containsString(">A little heart on their photo</textarea>")));
		assertThat(this.outreach.drafts(user.accountId(), journey.getId())).isEmpty();
		assertThatThrownBy(() -> this.outreach.write(user.accountId(), journey.getId(),
				new DraftContent(Channel.INDIRECT_SOCIAL, "Hi", null))).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aDraftWrittenForSocialMediaBeforeItWentStillLoadsAndShows() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = reachingOut(user);
		Draft draft = this.outreach.write(user.accountId(), journey.getId(), new DraftContent(Channel.TEXT, "A friendly wave", null));
		this.jdbc.update("update outreach_draft set channel = 'INDIRECT_SOCIAL' where id = ?", draft.getId());

		this.mvc.perform(get("/journeys/{id}/outreach", journey.getId()).with(user(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A friendly wave")));
		this.mvc.perform(get(draftUrl(journey, draft)).with(user(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Something indirect on social media (no longer offered)")))
			.andExpect(content().string(containsString("This draft was written for something indirect on social media")))
			.andExpect(content().string(not(containsString("value=\"INDIRECT_SOCIAL\""))));
		this.mvc.perform(post(draftUrl(journey, draft) + "/edit").with(user(user)).with(csrf())
			.param("channel", "TEXT").param("body", "A friendly wave, in words"))
			.andExpect(flash().attribute("notice", "draft.changed"));
		assertThat(this.outreach.draft(user.accountId(), journey.getId(), draft.getId()).getChannel()).isEqualTo(Channel.TEXT);
	}

	@Test
	void everyReplyKindIsOfferedOnceInReadingOrder() {
		assertThat(DraftController.REPLIES).doesNotHaveDuplicates()
			.containsExactlyInAnyOrder(app.rekindle.outreach.ReplyKind.values());
	}

	static Stream<Arguments> badDrafts() {
		return Stream.of(Arguments.of("no channel", "", "Hello there", "", "channel", "Please choose how you will reach out."),
				Arguments.of("unknown channel", "CARRIER_PIGEON", "Hello there", "", "channel", "Please choose one of the ways"),
				Arguments.of("no message", "TEXT", "  ", "", "body", "Please write the message"),
				Arguments.of("message too long", "TEXT", "m".repeat(DraftForm.BODY_MAX + 1), "", "body", "2,000 characters"),
				Arguments.of("time that is not a time", "TEXT", "Hello there", "25:99", "plannedSendTime", "Please enter a time like 18:30"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badDrafts")
	void refusesBadDraftsOnTheSamePageAndKeepsTheText(String name, String channel, String body, String time,
			String field, String message) throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = reachingOut(user);
		String page = this.mvc.perform(post(drafts(journey)).with(user(user)).with(csrf())
			.param("channel", channel).param("body", body).param("plannedSendTime", time))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("draftForm", field))
			.andExpect(content().string(containsString(message)))
			.andReturn().getResponse().getContentAsString();
		if (!body.isBlank()) {
			assertThat(page).contains(">" + body + "</textarea>");
		}
		assertThat(this.outreach.drafts(user.accountId(), journey.getId())).isEmpty();
	}

	static Stream<Arguments> badConversations() {
		return Stream.of(Arguments.of("no kind", "", "2026-01-10", "4", "kind"),
				Arguments.of("unknown kind", "TELEPATHY", "2026-01-10", "4", "kind"),
				Arguments.of("no date", "CALL", "", "4", "heldOn"),
				Arguments.of("future date", "CALL", "2999-01-01", "4", "heldOn"),
				Arguments.of("rating 0", "CALL", "2026-01-10", "0", "rating"),
				Arguments.of("rating 6", "CALL", "2026-01-10", "6", "rating"),
				Arguments.of("rating not a number", "CALL", "2026-01-10", "great", "rating"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badConversations")
	void refusesBadConversationsOnTheSamePage(String name, String kind, String heldOn, String rating, String field)
			throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = reachingOut(user);
		this.mvc.perform(post(conversations(journey)).with(user(user)).with(csrf())
			.param("kind", kind).param("heldOn", heldOn).param("rating", rating).param("note", "kept note"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("conversationForm", field))
			.andExpect(content().string(containsString(">kept note</textarea>")));
		assertThat(this.outreach.conversations(user.accountId(), journey.getId())).isEmpty();
	}

	@Test
	void logsAConversation() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = reachingOut(user);
		String page = this.mvc.perform(post(conversations(journey)).with(user(user)).with(csrf())
			.param("kind", "VIDEO").param("heldOn", "2026-01-10").param("rating", "5").param("note", "We laughed"))
			.andExpect(flash().attribute("notice", "conversation.saved"))
			.andReturn().getResponse().getRedirectedUrl();
		long conversationId = this.outreach.conversations(user.accountId(), journey.getId()).get(0).getId();
		assertThat(page).as("its own page, which asks to look back on it")
			.isEqualTo(conversations(journey) + "/" + conversationId);
		this.mvc.perform(get("/journeys/{id}/outreach", journey.getId()).with(user(user)))
			.andExpect(content().string(containsString("Felt 5 of 5")))
			.andExpect(content().string(containsString("We laughed")))
			.andExpect(content().string(containsString("href=\"" + page + "\"")));
	}

	@Test
	void aLoggedConversationCanBeRemovedFromItsPage() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = reachingOut(user);
		this.mvc.perform(post(conversations(journey)).with(user(user)).with(csrf())
			.param("kind", "CALL").param("heldOn", "2026-01-10").param("rating", "3"));
		long conversationId = this.outreach.conversations(user.accountId(), journey.getId()).get(0).getId();
		String removal = "/journeys/" + journey.getId() + "/outreach/conversations/" + conversationId + "/delete";
		String confirmation = "/journeys/" + journey.getId() + "/outreach/conversations/" + conversationId + "/remove";
		this.mvc.perform(get(conversations(journey) + "/" + conversationId).with(user(user)))
			.andExpect(content().string(containsString("href=\"" + confirmation + "\"")));
		this.mvc.perform(get(confirmation).with(user(user)))
			.andExpect(content().string(containsString("action=\"" + removal + "\"")));
		this.mvc.perform(post(removal).with(user(user)).with(csrf()))
			.andExpect(redirectedUrl("/journeys/" + journey.getId() + "/outreach"))
			.andExpect(flash().attribute("notice", "remove.conversation.done"));
		assertThat(this.outreach.conversations(user.accountId(), journey.getId())).isEmpty();
	}

	@Test
	void aReplyCanOnlyBeLoggedForASentMessageAndASentMessageStaysAsItWas() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = reachingOut(user);
		Draft draft = this.outreach.write(user.accountId(), journey.getId(), new DraftContent(Channel.TEXT, "Hello", null));
		this.mvc.perform(post(draftUrl(journey, draft) + "/reply").with(user(user)).with(csrf()).param("reply", "WARM"))
			.andExpect(flash().attribute("notice", "reply.notSent"));
		this.jdbc.update("update outreach_draft set sent_at = current_timestamp, reply = 'NONE_YET' where id = ?", draft.getId());
		this.mvc.perform(post(draftUrl(journey, draft) + "/edit").with(user(user)).with(csrf()).param("channel", "TEXT").param("body", "Changed"))
			.andExpect(flash().attribute("notice", "draft.alreadySent"));
		this.mvc.perform(post(draftUrl(journey, draft) + "/delete").with(user(user)).with(csrf()))
			.andExpect(flash().attribute("notice", "draft.alreadySent"));
		this.mvc.perform(post(draftUrl(journey, draft) + "/reply").with(user(user)).with(csrf()).param("reply", "MAYBE"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("replyForm", "reply"));
		assertThat(this.outreach.draft(user.accountId(), journey.getId(), draft.getId()).getBody()).isEqualTo("Hello");
	}

	@Test
	void anotherAccountsDraftsRepliesAndConversationsAreInvisible() throws Exception {
		AccountUser owner = this.accounts.create();
		Journey journey = reachingOut(owner);
		Draft draft = this.outreach.write(owner.accountId(), journey.getId(), new DraftContent(Channel.TEXT, "private draft", null));
		this.outreach.logConversation(owner.accountId(), journey.getId(), app.rekindle.outreach.ConversationKind.CALL,
				java.time.LocalDate.of(2026, 1, 10), 4, null);
		long conversationId = this.outreach.conversations(owner.accountId(), journey.getId()).get(0).getId();
		AccountUser stranger = this.accounts.create();
		Journey strangers = reachingOut(stranger);
		String url = draftUrl(journey, draft);

		this.mvc.perform(get("/journeys/{id}/outreach", journey.getId()).with(user(stranger))).andExpect(status().isNotFound());
		this.mvc.perform(get(url).with(user(stranger))).andExpect(status().isNotFound());
		this.mvc.perform(post(url + "/edit").with(user(stranger)).with(csrf()).param("channel", "TEXT").param("body", "x"))
			.andExpect(status().isNotFound());
		this.mvc.perform(post(url + "/delete").with(user(stranger)).with(csrf())).andExpect(status().isNotFound());
		this.mvc.perform(post(url + "/sent").with(user(stranger)).with(csrf())).andExpect(status().isNotFound());
		this.mvc.perform(post(url + "/reply").with(user(stranger)).with(csrf()).param("reply", "BLOCKED"))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/journeys/{j}/outreach/conversations/{c}/delete", journey.getId(), conversationId)
			.with(user(stranger)).with(csrf())).andExpect(status().isNotFound());
		this.mvc.perform(get("/journeys/{j}/outreach/drafts/{d}", strangers.getId(), draft.getId()).with(user(stranger)))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/journeys/{j}/outreach/conversations/{c}/delete", strangers.getId(), conversationId)
			.with(user(stranger)).with(csrf())).andExpect(status().isNotFound());
		this.mvc.perform(post("/journeys/{id}/outreach/back-to-no-contact", journey.getId()).with(user(stranger)).with(csrf()))
			.andExpect(status().isNotFound());

		assertThat(this.outreach.draft(owner.accountId(), journey.getId(), draft.getId()).getBody()).isEqualTo("private draft");
		assertThat(this.outreach.conversations(owner.accountId(), journey.getId())).hasSize(1);
		assertThat(this.journeys.stageOf(journey.getId())).isEqualTo("REACHING_OUT");
	}

	@Test
	void isReadOnlyOutsideReachingOut() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);
		this.mvc.perform(post(drafts(journey)).with(user(user)).with(csrf()).param("channel", "TEXT").param("body", "too early"))
			.andExpect(redirectedUrl("/journeys/" + journey.getId() + "/outreach"))
			.andExpect(flash().attribute("notice", "outreach.closed"));
		assertThat(this.outreach.drafts(user.accountId(), journey.getId())).isEmpty();
	}

	private Journey reachingOut(AccountUser user) {
		Journey journey = this.journeys.start(user);
		this.journeys.putInStage(journey.getId(), Stage.REACHING_OUT);
		return journey;
	}

	private static String drafts(Journey journey) {
		return "/journeys/" + journey.getId() + "/outreach/drafts";
	}

	private static String conversations(Journey journey) {
		return "/journeys/" + journey.getId() + "/outreach/conversations";
	}

	static String draftUrl(Journey journey, Draft draft) {
		return drafts(journey) + "/" + draft.getId();
	}

}
