package app.rekindle.history.web;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import app.rekindle.account.AccountUser;
import app.rekindle.history.HistoryService;
import app.rekindle.history.SearchHit;
import app.rekindle.testsupport.EveryKindFixture;
import app.rekindle.testsupport.JournalTest;
import app.rekindle.testsupport.MutableClock;
import app.rekindle.testsupport.MutableClockConfiguration;
import app.rekindle.testsupport.StatementCounting;
import app.rekindle.testsupport.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Search finds every kind of text a person writes, names where each hit is from, and links there. */
@JournalTest
class HistorySearchTests {

	/**
	 * The account (its zone) and one read per kind of writing: check-ins, letters, reflection
	 * entries, motives checks, the answers to "Can it be fixed?", goals with their steps, drafts,
	 * conversations, apologies, commitments, boundaries, shared activities, the trials' agreed terms,
	 * checkpoints, and the journeys with their timelines.
	 */
	static final int SEARCH_STATEMENTS = 16;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private MutableClock clock;

	@Autowired
	private EveryKindFixture fixture;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private HistoryService history;

	@BeforeEach
	void startOfTheStory() {
		this.clock.set(MutableClockConfiguration.START);
	}

	@Test
	void findsEveryKindOfWritingAndLinksEachHitToAPageItsOwnerCanOpen() throws Exception {
		EveryKindFixture.Created heron = this.fixture.create("Heron");
		List<SearchHit> hits = this.history.search(heron.user().accountId(), ZoneId.of("Europe/Berlin"), "heron");

		assertThat(hits.stream().map(SearchHit::source).collect(Collectors.toSet()))
			.as("a hit of every kind of writing")
			.isEqualTo(EnumSet.allOf(SearchHit.Source.class));
		assertThat(hits).extracting(SearchHit::date).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		for (String link : hits.stream().map(SearchHit::link).collect(Collectors.toCollection(java.util.TreeSet::new))) {
			int status = this.mvc.perform(get(link).with(user(heron.user()))).andReturn().getResponse().getStatus();
			assertThat(status).as("GET %s, where a hit lives, as its owner", link).isEqualTo(200);
		}
		assertThat(hits).filteredOn((hit) -> hit.source() == SearchHit.Source.CHECK_IN_NOTE)
			.extracting(SearchHit::link)
			.contains("/history/" + heron.firstDay(), "/history/" + heron.firstDay().minusDays(2));
	}

	@Test
	void theResultsPageNamesTheKindAndDateOfEveryHit() throws Exception {
		EveryKindFixture.Created ibis = this.fixture.create("Ibis");
		StringBuilder pages = new StringBuilder();
		for (String page : List.of("1", "2")) {
			pages.append(this.mvc.perform(get("/history/search").param("q", "Ibis").param("page", page).with(user(ibis.user())))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString());
		}
		String both = pages.toString();
		for (String kind : List.of("Check-in note", "Self-care, in your own words", "Unsent letter", "Why it ended",
				"Own mistake", "What I will do differently", "Trigger", "What helps with a trigger",
				"Growth since the breakup", "Note on my motives", "Growth goal", "Why this goal matters",
				"Step towards a goal", "Draft message", "Note on their reply", "Note on a conversation",
				"Looking back on a conversation",
				"Apology: what I did", "Apology: that it was mine", "Apology: what I will do now",
				"Apology: how you will see it", "Commitment", "Boundary", "Shared activity", "Note on a shared activity",
				"What you agreed will be different in the trial", "Trial checkpoint note",
				"Trial checkpoint: what is missing", "Note on how a journey went on")) {
			assertThat(both).as("the kind %s is named", kind).contains("<span>" + kind + "</span>,");
		}
		assertThat(both).contains("Thursday 1 October 2026", "<mark>Ibis</mark> cooked dinner");
	}

	@Test
	void anotherAccountFindsNothingOfTheOwnersWriting() throws Exception {
		this.fixture.create("Jacana");
		AccountUser stranger = this.accounts.create();
		assertThat(this.history.search(stranger.accountId(), ZoneId.of("UTC"), "Jacana")).isEmpty();
		String page = this.mvc.perform(get("/history/search").param("q", "Jacana").with(user(stranger)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Nothing found.").doesNotContain("Jacana ");
	}

	@Test
	void aSearchCostsOneStatementPerKindWhateverTheAccountHolds() throws Exception {
		EveryKindFixture.Created full = this.fixture.create("Kite");
		AccountUser empty = this.accounts.create();
		for (AccountUser user : Set.of(full.user(), empty)) {
			assertThat(StatementCounting.count(() -> this.mvc.perform(get("/history/search").param("q", "kite").with(user(user)))
				.andExpect(status().isOk()))).isEqualTo(SEARCH_STATEMENTS);
		}
	}

}
