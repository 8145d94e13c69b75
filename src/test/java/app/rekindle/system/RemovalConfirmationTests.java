package app.rekindle.system;

import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import app.rekindle.account.AccountUser;
import app.rekindle.progression.Stage;
import app.rekindle.testsupport.EveryKindFixture;
import app.rekindle.testsupport.MutableClock;
import app.rekindle.testsupport.MutableClockConfiguration;
import app.rekindle.testsupport.TestAccounts;
import app.rekindle.testsupport.TestJourneys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Every kind of entry a person writes and can remove is removed through the one confirmation page:
 * the page where it lives links to the confirmation, which shows the person's own words escaped,
 * a "Remove it" form posting (with a CSRF token) to the route that removes it, and "Keep it" back
 * to where they were; the removal then says what was removed. Another account gets 404 on the
 * confirmation as on the removal.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class RemovalConfirmationTests {

	/** The fixture starts every text with its tag: markup here must reach the page as text. */
	private static final String TAG = "<i>Mine</i>&";

	private static final String TAG_ESCAPED = "&lt;i&gt;Mine&lt;/i&gt;&amp;";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private EveryKindFixture fixture;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private TestJourneys journeys;

	@Autowired
	private MutableClock clock;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MessageSource messages;

	/**
	 * One removable kind: the stage in which the fixture's row of it can be removed, the query for
	 * it, its address ({j} the journey, {i} the row), where "Keep it" leads and where the removal
	 * lands, and the texts of the fixture's row the confirmation must show.
	 */
	record Kind(String name, Stage stage, String table, String query, String base, String keep, String after,
			String text, String detail) {

		String path(String pattern, long journeyId, long id) {
			return pattern.replace("{j}", String.valueOf(journeyId)).replace("{i}", String.valueOf(id));
		}

		@Override
		public String toString() {
			return this.name;
		}

	}

	static Stream<Kind> kinds() {
		String entries = "select id from reflection_entry where journey_id = ? and kind = ";
		return Stream.of(
				new Kind("cause", Stage.REFLECTION, "reflection_entry", entries + "'CAUSE'",
						"/journeys/{j}/reflection/causes/{i}", "/journeys/{j}/reflection/causes#entry-{i}",
						"/journeys/{j}/reflection/causes", "we stopped talking", null),
				new Kind("mistake", Stage.REFLECTION, "reflection_entry", entries + "'MISTAKE'",
						"/journeys/{j}/reflection/mistakes/{i}", "/journeys/{j}/reflection/mistakes#entry-{i}",
						"/journeys/{j}/reflection/mistakes", "I went quiet", "say it the same day"),
				new Kind("trigger", Stage.REFLECTION, "reflection_entry", entries + "'TRIGGER'",
						"/journeys/{j}/reflection/triggers/{i}", "/journeys/{j}/reflection/triggers#entry-{i}",
						"/journeys/{j}/reflection/triggers", "Sunday evenings", "call my sister"),
				new Kind("growth", Stage.REFLECTION, "reflection_entry", entries + "'GROWTH'",
						"/journeys/{j}/reflection/growth/{i}", "/journeys/{j}/reflection/growth#entry-{i}",
						"/journeys/{j}/reflection/growth", "sleeping again", null),
				new Kind("goal", Stage.NO_CONTACT, "growth_goal", "select id from growth_goal where journey_id = ?",
						"/journeys/{j}/goals/{i}", "/journeys/{j}/goals/{i}", "/journeys/{j}/goals", "run 5k",
						"to feel strong"),
				new Kind("letter", Stage.NO_CONTACT, "unsent_letter",
						"select id from unsent_letter where journey_id = ?", "/letters/{i}", "/letters/{i}", "/letters",
						"dear you", null),
				new Kind("draft", Stage.REACHING_OUT, "outreach_draft",
						"select id from outreach_draft where journey_id = ? and sent_at is null",
						"/journeys/{j}/outreach/drafts/{i}", "/journeys/{j}/outreach/drafts/{i}",
						"/journeys/{j}/outreach", "still resting", null),
				new Kind("conversation", Stage.REACHING_OUT, "outreach_conversation",
						"select id from outreach_conversation where journey_id = ?",
						"/journeys/{j}/outreach/conversations/{i}", "/journeys/{j}/outreach/conversations/{i}",
						"/journeys/{j}/outreach", "good call", "listen more"),
				new Kind("commitment", Stage.REBUILDING_TRUST, "trust_commitment",
						"select id from trust_commitment where journey_id = ?", "/journeys/{j}/trust/commitments/{i}",
						"/journeys/{j}/trust/commitments#commitment-{i}", "/journeys/{j}/trust/commitments",
						"call when late", null),
				new Kind("boundary", Stage.REBUILDING_TRUST, "trust_boundary",
						"select id from trust_boundary where journey_id = ?", "/journeys/{j}/trust/boundaries/{i}",
						"/journeys/{j}/trust/boundaries#boundary-{i}", "/journeys/{j}/trust/boundaries",
						"no phones at dinner", null),
				new Kind("activity", Stage.REBUILDING_TRUST, "trust_activity",
						"select id from trust_activity where journey_id = ?", "/journeys/{j}/trust/activities/{i}",
						"/journeys/{j}/trust/activities#activity-{i}", "/journeys/{j}/trust/activities",
						"cooked dinner", "activity note"));
	}

	@BeforeEach
	void startOfTheStory() {
		this.clock.set(MutableClockConfiguration.START);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("kinds")
	void removingGoesThroughTheConfirmationAndSaysWhatWasRemoved(Kind kind) throws Exception {
		EveryKindFixture.Created owner = this.fixture.createInStage(TAG, kind.stage());
		long journeyId = owner.journeyId();
		long id = this.jdbc.queryForObject(kind.query(), Long.class, journeyId);
		String confirmation = kind.path(kind.base(), journeyId, id) + "/remove";
		String removal = kind.path(kind.base(), journeyId, id) + "/delete";
		String keep = kind.path(kind.keep(), journeyId, id);
		String keepPage = keep.contains("#") ? keep.substring(0, keep.indexOf('#')) : keep;

		String from = page(owner.user(), keepPage);
		assertThat(from).as("the page with the entry links to its confirmation")
			.contains("href=\"" + confirmation + "\"")
			.doesNotContain("action=\"" + removal + "\"");
		if (keep.contains("#")) {
			assertThat(from).as("Keep it returns to the entry in its list").contains("id=\"" + keep.substring(keep.indexOf('#') + 1) + "\"");
		}

		String page = this.mvc.perform(get(confirmation).with(user(owner.user())))
			.andExpect(status().isOk())
			.andExpect(view().name(RemovalConfirmation.VIEW))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains(message("remove." + kind.name() + ".question"))
			.contains(TAG_ESCAPED + " " + kind.text())
			.doesNotContain("<i>Mine</i>")
			.contains("<form action=\"" + removal + "\" method=\"post\"")
			.contains("name=\"_csrf\"")
			.contains("Remove it")
			.contains("href=\"" + keep + "\"")
			.contains("Keep it")
			.contains("it cannot be brought back");
		if (kind.detail() != null) {
			assertThat(page).contains(TAG_ESCAPED + " " + kind.detail());
		}

		AccountUser stranger = this.accounts.create();
		this.mvc.perform(get(confirmation).with(user(stranger))).andExpect(status().isNotFound());
		this.mvc.perform(post(removal).with(user(stranger)).with(csrf())).andExpect(status().isNotFound());
		assertThat(rows(kind, id)).as("still there after the stranger tried").isOne();

		String notice = RemovalConfirmation.notice(kind.name());
		this.mvc.perform(post(removal).with(user(owner.user())).with(csrf()))
			.andExpect(redirectedUrl(kind.path(kind.after(), journeyId, id)))
			.andExpect(flash().attribute("notice", notice));
		assertThat(rows(kind, id)).isZero();
		assertThat(message(notice)).as("the notice says what was removed").isNotBlank().doesNotStartWith("??");
	}

	@Test
	void aClosedEntryIsNotOfferedForRemovalAndItsConfirmationLeadsBack() throws Exception {
		EveryKindFixture.Created owner = this.fixture.createInStage(TAG, Stage.REACHING_OUT);
		long journeyId = owner.journeyId();
		String mistakes = "/journeys/" + journeyId + "/reflection/mistakes";
		this.mvc.perform(get(mistakes + "/" + owner.mistakeId() + "/remove").with(user(owner.user())))
			.andExpect(redirectedUrl(mistakes));
		long sent = this.jdbc.queryForObject("select id from outreach_draft where journey_id = ? and sent_at is not null",
				Long.class, journeyId);
		String draft = "/journeys/" + journeyId + "/outreach/drafts/" + sent;
		this.mvc.perform(get(draft + "/remove").with(user(owner.user()))).andExpect(redirectedUrl(draft));
		assertThat(page(owner.user(), draft)).doesNotContain(draft + "/remove");

		this.journeys.putInStage(journeyId, Stage.REBUILDING_TRUST);
		long conversation = this.jdbc.queryForObject("select id from outreach_conversation where journey_id = ?",
				Long.class, journeyId);
		String conversationPage = "/journeys/" + journeyId + "/outreach/conversations/" + conversation;
		this.mvc.perform(get(conversationPage + "/remove").with(user(owner.user())))
			.andExpect(redirectedUrl(conversationPage));
		assertThat(page(owner.user(), conversationPage)).doesNotContain(conversationPage + "/remove");
		assertThat(this.jdbc.queryForObject("select count(*) from reflection_entry where id = ?", Integer.class,
				owner.mistakeId())).isOne();
	}

	private String page(AccountUser user, String url) throws Exception {
		return this.mvc.perform(get(url).with(user(user)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

	private int rows(Kind kind, long id) {
		return this.jdbc.queryForObject("select count(*) from " + kind.table() + " where id = ?", Integer.class, id);
	}

	private String message(String code) {
		return this.messages.getMessage(code, null, "??" + code, Locale.ENGLISH);
	}

}
