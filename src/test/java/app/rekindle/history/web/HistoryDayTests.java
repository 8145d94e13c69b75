package app.rekindle.history.web;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import app.rekindle.account.AccountClock;
import app.rekindle.account.AccountUser;
import app.rekindle.testsupport.EveryKindFixture;
import app.rekindle.testsupport.JournalTest;
import app.rekindle.testsupport.MutableClock;
import app.rekindle.testsupport.MutableClockConfiguration;
import app.rekindle.testsupport.StatementCounting;
import app.rekindle.testsupport.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A day of the journal at /history/{day}: what it shows, for whom, and what a wrong date gets. */
@JournalTest
class HistoryDayTests {

	/**
	 * The account (its zone), the day's check-in, letters and urges, and one read each of the kinds
	 * written now and then: reflection entries, motives checks, the answers to "Can it be fixed?",
	 * goals with their steps, drafts, conversations, apologies, commitments, boundaries, shared
	 * activities, the trials' agreed terms, checkpoints, and the journeys with their timelines.
	 */
	static final int DAY_STATEMENTS = 17;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private MutableClock clock;

	@Autowired
	private EveryKindFixture fixture;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private AccountClock accountClock;

	@BeforeEach
	void startOfTheStory() {
		this.clock.set(MutableClockConfiguration.START);
	}

	@Test
	void showsTheDaysCheckInLettersUrgesAndEverythingElseWrittenThatDay() throws Exception {
		EveryKindFixture.Created wren = this.fixture.create("Wren");
		LocalDate day = wren.firstDay();

		String page = this.mvc.perform(get("/history/" + day).with(user(wren.user())))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(page).contains("Thursday 1 October 2026")
			.contains("4 · Good", "3 of 10", "They reached out to me", "Slept well", "painted")
			.contains("Wren today")
			.contains("&lt;b&gt;not html&lt;/b&gt;").doesNotContain("<b>not html</b>")
			.contains("Wren dear you", "href=\"/letters/")
			.contains("1 urge, and you paused", "strength 7 of 10")
			.contains("Wren we stopped talking", "Wren run 5k", "Wren ran 2k", "Wren good call")
			.contains("Open: Growth goal", "href=\"/journeys/" + wren.journeyId() + "/goals/")
			.doesNotContain("Wren late note")
			.contains("href=\"/history?month=2026-10\"", "Back to October 2026")
			.contains("href=\"/history/2026-09-30\"", "Wednesday 30 September");
		assertThat(page).as("the fixture ends a day later, so the next day is today")
			.contains("href=\"/history/2026-10-02\"", "Friday 2 October →");

		this.mvc.perform(get("/history/" + day.minusDays(2)).with(user(wren.user())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Wren late note")))
			.andExpect(content().string(containsString("Filled in late")))
			.andExpect(content().string(not(containsString("Wren today"))));
	}

	@Test
	void aDayWithNothingWrittenSaysSoKindly() throws Exception {
		AccountUser user = this.accounts.create();
		LocalDate day = this.accountClock.today(user.accountId()).minusDays(40);
		this.mvc.perform(get("/history/" + day).with(user(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nothing was written on this day, and that is all right.")))
			.andExpect(content().string(not(containsString("Fill in this day"))));
		this.mvc.perform(get("/history/" + day.plusDays(35)).with(user(user)))
			.andExpect(content().string(containsString("Fill in this day’s check-in")));
		this.mvc.perform(get("/history/" + day.plusDays(40)).with(user(user)))
			.andExpect(content().string(containsString("Check in for today")))
			.andExpect(content().string(containsString("rel=\"prev\"")))
			.andExpect(content().string(not(containsString("rel=\"next\""))));
	}

	@Test
	void anotherAccountSeesNothingOfTheOwnersDay() throws Exception {
		EveryKindFixture.Created wren = this.fixture.create("Kestrel");
		AccountUser stranger = this.accounts.create();
		this.mvc.perform(get("/history/" + wren.firstDay()).with(user(stranger)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Kestrel"))))
			.andExpect(content().string(not(containsString("/letters/"))))
			.andExpect(content().string(containsString("Nothing was written on this day")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "yesterday", "2026-02-30", "2026-13-01", "20261001", "2026-10-01T00:00", "2026-1-1" })
	void aDateThatCannotBeReadGetsAFriendly400(String day) throws Exception {
		AccountUser user = this.accounts.create();
		this.mvc.perform(get("/history/" + day).with(user(user)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("That date could not be read.")))
			.andExpect(content().string(containsString("href=\"/history\"")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-10-03", "2999-01-01", "+12345-01-01", "1999-12-31", "0001-01-01" })
	void aDayInTheFutureOrLongBeforeGetsAFriendly404(String day) throws Exception {
		AccountUser user = this.accounts.create(TestAccounts.uniqueEmail(), java.time.ZoneId.of("Pacific/Kiritimati"));
		String page = this.mvc.perform(get("/history/" + day).with(user(user)))
			.andExpect(status().isNotFound())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("There is no page for that day").containsAnyOf("has not come yet", "long before");
	}

	@Test
	void todayIsTheAccountsOwnToday() throws Exception {
		AccountUser kiritimati = this.accounts.create(TestAccounts.uniqueEmail(), java.time.ZoneId.of("Pacific/Kiritimati"));
		AccountUser honolulu = this.accounts.create(TestAccounts.uniqueEmail(), java.time.ZoneId.of("Pacific/Honolulu"));
		this.mvc.perform(get("/history/2026-10-02").with(user(kiritimati)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Friday 2 October 2026")));
		this.mvc.perform(get("/history/2026-10-02").with(user(honolulu))).andExpect(status().isNotFound());
	}

	@Test
	void aDayCostsTheSameStatementsEmptyOrFull() throws Exception {
		EveryKindFixture.Created full = this.fixture.create("Plover");
		AccountUser empty = this.accounts.create();
		assertThat(StatementCounting.count(() -> this.mvc.perform(get("/history/" + full.firstDay()).with(user(full.user())))
			.andExpect(status().isOk()))).isEqualTo(DAY_STATEMENTS);
		assertThat(StatementCounting.count(() -> this.mvc.perform(get("/history/" + full.firstDay()).with(user(empty)))
			.andExpect(status().isOk()))).isEqualTo(DAY_STATEMENTS);
		assertThat(StatementCounting.count(() -> this.mvc.perform(get("/history/not-a-day").with(user(empty)))))
			.as("a date that cannot be read reads nothing").isZero();
	}

}
