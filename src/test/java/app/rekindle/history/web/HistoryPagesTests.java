package app.rekindle.history.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import app.rekindle.account.AccountClock;
import app.rekindle.account.AccountUser;
import app.rekindle.checkin.CheckInService;
import app.rekindle.journey.Journey;
import app.rekindle.nocontact.NoContactService;
import app.rekindle.testsupport.StatementCounting;
import app.rekindle.testsupport.TestAccounts;
import app.rekindle.testsupport.TestJourneys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@Import(StatementCounting.class)
class HistoryPagesTests {

	/** The account (zone), one read of the check-ins for calendar and charts, and the urges. */
	static final int HISTORY_STATEMENTS = 3;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private TestJourneys journeys;

	@Autowired
	private CheckInService checkIns;

	@Autowired
	private AccountClock accountClock;

	@Autowired
	private NoContactService noContact;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aYearOfCheckInsRendersWithAPinnedNumberOfStatementsAndOnePointPerCheckIn() throws Exception {
		AccountUser user = this.accounts.create(TestAccounts.uniqueEmail(), ZoneId.of("Europe/Berlin"));
		LocalDate today = this.accountClock.today(user.accountId());
		insertDailyCheckIns(user, today, 365);

		String[] page = new String[1];
		long statements = StatementCounting.count(() -> page[0] = this.mvc
			.perform(get("/history").param("range", "365").with(user(user)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());

		assertThat(statements).isEqualTo(HISTORY_STATEMENTS);
		assertThat(count(chart(page[0], "chart-mood"), "<circle")).isEqualTo(365);
		assertThat(count(chart(page[0], "chart-urge"), "<circle")).isEqualTo(365);
		assertThat(count(chart(page[0], "chart-mood"), "<polyline")).as("no gaps, one line").isEqualTo(1);
		assertThat(page[0]).contains("365 check-ins in the last 365 days.");

		String month = this.mvc.perform(get("/history").param("range", "30").with(user(user)))
			.andReturn().getResponse().getContentAsString();
		assertThat(count(chart(month, "chart-mood"), "<circle")).isEqualTo(30);
	}

	@Test
	void showsGapsForMissedDaysAndMarksLateEntriesInTheCalendar() throws Exception {
		AccountUser user = this.accounts.create();
		LocalDate today = this.accountClock.today(user.accountId());
		this.mvc.perform(app.rekindle.checkin.web.CheckInControllerTestsSupport.checkIn(user, today, "4", "2"));
		this.mvc.perform(app.rekindle.checkin.web.CheckInControllerTestsSupport.checkIn(user, today.minusDays(2), "2", "7"));

		String page = this.mvc.perform(get("/history").param("month", today.toString().substring(0, 7)).with(user(user)))
			.andReturn().getResponse().getContentAsString();
		assertThat(count(chart(page, "chart-mood"), "<circle")).isEqualTo(2);
		assertThat(count(chart(page, "chart-mood"), "<polyline")).as("a missed day leaves a gap").isZero();
		if (today.minusDays(2).getMonth() == today.getMonth()) {
			assertThat(page).contains("filled in late");
		}
		assertThat(page).as("each day up to today opens its own page, a later day does not")
			.contains("<a class=\"calendar__link\" href=\"/history/" + today + "\">")
			.doesNotContain("href=\"/history/" + today.plusDays(1) + "\"");
	}

	@Test
	void anAccountWithoutCheckInsIsToldHowTheChartsFillRatherThanShownANought() throws Exception {
		AccountUser user = this.accounts.create();
		this.mvc.perform(get("/history").param("range", "90").with(user(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No check-ins in the last 90 days yet.")))
			.andExpect(content().string(containsString("href=\"/checkin\">check in</a> adds a point here")))
			.andExpect(content().string(not(containsString("0 check-ins"))));
	}

	@Test
	void saysSoWhenTheMonthOrPeriodCannotBeRead() throws Exception {
		AccountUser user = this.accounts.create();
		this.mvc.perform(get("/history").param("month", "2026-13").with(user(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("That month could not be read")));
		this.mvc.perform(get("/history").param("range", "7").with(user(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("That period is not one of the choices")));
	}

	@Test
	void searchFindsOwnNotesAndLettersMarksMatchesSafelyAndPages() throws Exception {
		AccountUser user = this.accounts.create();
		Journey journey = this.journeys.start(user);
		LocalDate today = this.accountClock.today(user.accountId());
		for (int back = 0; back < 14; back++) {
			this.checkIns.record(user.accountId(), answers(today.minusDays(back), "A <b>walk</b> by the river, day " + back));
		}
		this.noContact.pauseInsteadOfTexting(user.accountId(), journey.getId(), 7, "I saw the RIVER and thought of you");
		for (int i = 0; i < 10; i++) {
			this.noContact.pauseInsteadOfTexting(user.accountId(), journey.getId(), 5, "river letter " + i);
		}
		AccountUser stranger = this.accounts.create();
		this.checkIns.record(stranger.accountId(), answers(this.accountClock.today(stranger.accountId()), "stranger river secret"));

		String first = this.mvc.perform(get("/history/search").param("q", "River").with(user(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("25 results.")))
			.andExpect(content().string(containsString("Page 1 of 2")))
			.andExpect(content().string(not(containsString("stranger river secret"))))
			.andReturn().getResponse().getContentAsString();
		assertThat(first).contains("A &lt;b&gt;walk&lt;/b&gt; by the <mark>river</mark>").doesNotContain("<b>walk</b>");
		assertThat(first).as("a check-in note links to its day, a letter to the letter")
			.contains("href=\"/history/" + today + "\"><span>Check-in note</span>,")
			.containsPattern("href=\"/letters/\\d+\"><span>Unsent letter</span>,");
		assertThat(count(first, "class=\"search-result\"")).isEqualTo(HistorySearchController.PAGE_SIZE);
		this.mvc.perform(get("/history/search").param("q", "river").param("page", "2").with(user(user)))
			.andExpect(content().string(containsString("Page 2 of 2")));
		this.mvc.perform(get("/history/search").param("q", "river").param("page", "lots").with(user(user)))
			.andExpect(content().string(containsString("Page 1 of 2")));
		this.mvc.perform(get("/history/search").param("q", "secret").with(user(user)))
			.andExpect(content().string(containsString("Nothing found.")));
		this.mvc.perform(get("/history/search").param("q", "x".repeat(101)).with(user(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please search for 100 characters or fewer.")));
	}

	private void insertDailyCheckIns(AccountUser user, LocalDate today, int days) {
		for (int back = 0; back < days; back++) {
			this.jdbc.update("insert into check_in (account_id, check_in_day, mood, urge, contact, self_care, late, created_at, updated_at) "
					+ "values (?, ?, ?, ?, 'NONE', '', false, current_timestamp, current_timestamp)",
					user.accountId(), today.minusDays(back), 1 + back % 5, back % 11);
		}
	}

	private static app.rekindle.checkin.CheckInAnswers answers(LocalDate day, String note) {
		return new app.rekindle.checkin.CheckInAnswers(day, 3, 3, app.rekindle.checkin.ContactKind.NONE, Set.of(), null, note);
	}

	private static String chart(String page, String id) {
		Matcher matcher = Pattern.compile("<figure[^>]*id=\"" + id + "\".*?</figure>", Pattern.DOTALL).matcher(page);
		assertThat(matcher.find()).as("chart " + id + " on the page").isTrue();
		return matcher.group();
	}

	private static int count(String text, String needle) {
		int count = 0;
		for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length())) {
			count++;
		}
		return count;
	}

}
