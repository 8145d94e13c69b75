package app.rekindle.summary.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;


import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import app.rekindle.account.AccountClock;
import app.rekindle.account.AccountUser;
import app.rekindle.checkin.CheckInAnswers;
import app.rekindle.checkin.CheckInService;
import app.rekindle.checkin.ContactKind;
import app.rekindle.journey.Journey;
import app.rekindle.nocontact.NoContactService;
import app.rekindle.progression.Stage;
import app.rekindle.reflection.BreakupCause;
import app.rekindle.reflection.EntryContent;
import app.rekindle.reflection.EntryKind;
import app.rekindle.reflection.ReflectionService;
import app.rekindle.testsupport.StatementCounting;
import app.rekindle.testsupport.TestAccounts;
import app.rekindle.testsupport.TestJourneys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@Import(StatementCounting.class)
class SummaryTests {

	private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

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
	private ReflectionService reflection;

	@Autowired
	private NoContactService noContact;

	@Autowired
	private JdbcTemplate jdbc;

	/**
	 * A fixture with figures worked out by hand: over the last 30 days, four check-ins with moods
	 * 2, 2, 4, 4 (mean 3.0, lifting) and urges 8, 6, 2, 0 (mean 4.0, easing); the three past days
	 * were filled in afterwards, so they count as late.
	 */
	@Test
	void showsEveryFigureOfAHandComputedFixture() throws Exception {
		AccountUser user = this.accounts.create(TestAccounts.uniqueEmail(), ZONE);
		Journey journey = this.journeys.start(user);
		LocalDate today = this.accountClock.today(user.accountId());
		this.reflection.add(user.accountId(), journey.getId(), new EntryContent(EntryKind.CAUSE, BreakupCause.TRUST, "We kept secrets", null));
		this.reflection.add(user.accountId(), journey.getId(), new EntryContent(EntryKind.MISTAKE, null, "I went quiet", "Say it the same day"));
		this.reflection.add(user.accountId(), journey.getId(), new EntryContent(EntryKind.TRIGGER, null, "Sunday evenings", null));
		checkIn(user, today.minusDays(9), 2, 8, "first note");
		checkIn(user, today.minusDays(6), 2, 6, null);
		checkIn(user, today.minusDays(3), 4, 2, null);
		checkIn(user, today, 4, 0, "private evening note");
		this.journeys.putInStage(journey.getId(), Stage.NO_CONTACT);

		String page = this.mvc.perform(get("/summary").param("range", "30").with(user(user)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Journey with Sam")
			.contains("The last 30 days: ").contains("(30 days)")
			.contains("<dt>Check-ins</dt><dd>4</dd>")
			.contains("<dt>Filled in late</dt><dd>3</dd>")
			.contains("3.0 · lifting")
			.contains("4.0 · easing")
			.contains("Current stretch</dt><dd>12 days</dd>")
			.contains("We kept secrets").contains("I went quiet").contains("Say it the same day").contains("Sunday evenings")
			.contains("Began the journey").contains("Completed the step before")
			.contains("Days without contact").contains("12 of 30 days")
			.contains("No urges were logged in this period.")
			.contains("Nothing recorded for reaching out or rebuilding trust yet.")
			.contains("The trial period has not begun.")
			.doesNotContain("private evening note");
		assertThat(count(page, "<circle")).as("one point per check-in in each of the two charts").isEqualTo(8);

		this.mvc.perform(get("/summary").param("range", "30").param("notes", "true").with(user(user)))
			.andExpect(content().string(containsString("private evening note")))
			.andExpect(content().string(containsString("first note")));
	}

	@Test
	void showsTheWholeJourneyUnlessAskedOtherwise() throws Exception {
		AccountUser user = this.accounts.create(TestAccounts.uniqueEmail(), ZONE);
		Journey journey = this.journeys.start(user);
		LocalDate today = this.accountClock.today(user.accountId());
		LocalDate began = today.minusDays(40);
		startedOn(journey, began);
		String page = this.mvc.perform(get("/summary").with(user(user)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Since the journey began: " + day(began) + " to " + day(today) + " (41 days)");
		java.util.regex.Matcher radio = java.util.regex.Pattern.compile("<input[^>]*value=\"journey\"[^>]*>").matcher(page);
		assertThat(radio.find()).as("the whole journey is offered").isTrue();
		assertThat(radio.group()).as("and chosen").contains("checked");
		// The choice still stands: the last 30 days when asked.
		this.mvc.perform(get("/summary").param("range", "30").with(user(user)))
			.andExpect(content().string(containsString("The last 30 days: " + day(today.minusDays(29)) + " to " + day(today) + " (30 days)")));

		// With the journey ended and no other, the summary is of the latest journey, still to today.
		this.jdbc.update("update journey set ended_at = current_timestamp, active_account_id = null, stage = 'MOVING_ON' where id = ?",
				journey.getId());
		this.mvc.perform(get("/summary").with(user(user)))
			.andExpect(content().string(containsString("Since the journey began: " + day(began) + " to " + day(today) + " (41 days)")));
		byte[] pdf = this.mvc.perform(get("/summary.pdf").with(user(user))).andReturn().getResponse().getContentAsByteArray();
		assertThat(text(pdf).replaceAll("\\s+", " ")).contains("Since the journey began: " + day(began) + " to " + day(today) + " (41 days)");
	}

	@Test
	void withoutAJourneyShowsTheLast30DaysAndSaysSo() throws Exception {
		AccountUser user = this.accounts.create(TestAccounts.uniqueEmail(), ZONE);
		LocalDate today = this.accountClock.today(user.accountId());
		String page = this.mvc.perform(get("/summary").with(user(user)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("The last 30 days: " + day(today.minusDays(29)) + " to " + day(today) + " (30 days)")
			.contains("No journey has been started yet.")
			.doesNotContain("value=\"journey\"")
			.doesNotContain("The name you gave them");
		// A "whole journey" left in an old link cannot show a one-day summary: it is the last 30 days too.
		this.mvc.perform(get("/summary").param("range", "journey").with(user(user)))
			.andExpect(content().string(containsString("The last 30 days: ")));
	}

	@Test
	void explainsAPeriodItCannotUseAndShowsTheLast30Days() throws Exception {
		AccountUser user = this.accounts.create(TestAccounts.uniqueEmail(), ZONE);
		LocalDate today = this.accountClock.today(user.accountId());
		this.mvc.perform(get("/summary").param("range", "custom").param("from", today.toString()).param("to", today.minusDays(3).toString()).with(user(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The first day must come before the last one.")))
			.andExpect(content().string(containsString("(30 days)")));
		this.mvc.perform(get("/summary").param("range", "custom").param("from", today.minusDays(3).toString()).param("to", today.plusDays(1).toString()).with(user(user)))
			.andExpect(content().string(containsString("The last day cannot be in the future.")));
		this.mvc.perform(get("/summary").param("range", "custom").with(user(user)))
			.andExpect(content().string(containsString("Please enter the first day.")));
		this.mvc.perform(get("/summary").param("range", "custom").param("from", "yesterday").param("to", today.toString()).with(user(user)))
			.andExpect(content().string(containsString("Please enter a date, for example")));
		this.mvc.perform(get("/summary").param("range", "forever").with(user(user)))
			.andExpect(content().string(containsString("Please choose one of the periods.")))
			.andExpect(content().string(containsString("id=\"range-error\"")))
			.andExpect(content().string(containsString("aria-describedby=\"range-error\"")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		this.mvc.perform(get("/summary").param("range", "custom").param("from", today.minusDays(6).toString()).param("to", today.toString()).with(user(user)))
			.andExpect(content().string(containsString("(7 days)")))
			.andExpect(content().string(not(containsString("could not be used"))));
		this.mvc.perform(get("/summary.pdf").param("range", "forever").with(user(user)))
			.andExpect(status().isSeeOther());
	}

	@Test
	void aBrandNewAccountGetsASummaryThatSaysWhatIsNotThereYet() throws Exception {
		AccountUser user = this.accounts.create();
		this.mvc.perform(get("/summary").with(user(user)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No journey has been started yet.")))
			.andExpect(content().string(containsString("No check-ins in this period.")))
			.andExpect(content().string(containsString("Nothing written in reflection yet.")));
		byte[] pdf = this.mvc.perform(get("/summary.pdf").with(user(user))).andReturn().getResponse().getContentAsByteArray();
		assertThat(text(pdf)).contains("No journey has been started yet.");
	}

	@Test
	void aYearOfCheckInsRendersWithPinnedStatementsAndASanePdf() throws Exception {
		AccountUser user = this.accounts.create(TestAccounts.uniqueEmail(), ZONE);
		Journey journey = this.journeys.start(user);
		LocalDate today = this.accountClock.today(user.accountId());
		for (int back = 0; back < 365; back++) {
			this.jdbc.update("insert into check_in (account_id, check_in_day, mood, urge, contact, self_care, late, created_at, updated_at) "
					+ "values (?, ?, ?, ?, 'NONE', '', false, current_timestamp, current_timestamp)",
					user.accountId(), today.minusDays(back), 1 + back % 5, back % 11);
		}
		this.noContact.pauseInsteadOfTexting(user.accountId(), journey.getId(), 6, null);

		long pageStatements = StatementCounting.count(() -> this.mvc.perform(get("/summary").param("range", "custom")
			.param("from", today.minusDays(364).toString()).param("to", today.toString()).with(user(user)))
			.andExpect(status().isOk()));
		byte[][] pdfHolder = new byte[1][];
		long started = System.nanoTime();
		long pdfStatements = StatementCounting.count(() -> pdfHolder[0] = this.mvc.perform(get("/summary.pdf")
			.param("range", "custom").param("from", today.minusDays(364).toString()).param("to", today.toString())
			.with(user(user)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn().getResponse().getContentAsByteArray());
		long millis = (System.nanoTime() - started) / 1_000_000;
		byte[] pdf = pdfHolder[0];
		long again = System.nanoTime();
		this.mvc.perform(get("/summary.pdf").param("range", "custom").param("from", today.minusDays(364).toString())
			.param("to", today.toString()).with(user(user))).andExpect(status().isOk());
		long warmMillis = (System.nanoTime() - again) / 1_000_000;
		System.out.println("Summary PDF for 365 check-ins: first render " + millis + " ms, second " + warmMillis + " ms, "
				+ pdf.length + " bytes");

		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
		java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "summary-365-days.pdf"), pdf);
		assertThat(pageStatements).isEqualTo(SUMMARY_STATEMENTS);
		assertThat(pdfStatements).isEqualTo(SUMMARY_STATEMENTS);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isBetween(2, 8);
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Progress summary").contains("Journey with Sam").contains("(365 days)")
				.contains("Check-ins").contains("365").contains("Page 1 of");
			// The charts no longer push the rest to the second page and leave the first one short.
			assertThat(FirstPageReach.of(document)).as("how far down the first page the PDF reaches")
				.isGreaterThan(SummaryPrintBrowserTests.FULL_FIRST_PAGE);
		}
	}

	/**
	 * One read per kind of data, whatever the number of check-ins: the account, the journey with
	 * its timeline and its gate, the range's check-ins, urges, reflection and (its words being wanted
	 * by default) the answers to "Can it be fixed?". This journey is in
	 * reflection, so the drafts, conversations, trust figures and trial checkpoints of stages it never
	 * reached are not read at all (they were 15 more statements).
	 */
	static final long SUMMARY_STATEMENTS = 11;

	/**
	 * The hour chart counts the urges of the summary's own days, in the person's zone: a period in
	 * the past charts that period's urges, not those of as many days up to now.
	 */
	@Test
	void theHourChartCountsTheUrgesOfThePeriodItself() throws Exception {
		AccountUser user = this.accounts.create(TestAccounts.uniqueEmail(), ZONE);
		Journey journey = this.journeys.start(user);
		LocalDate today = this.accountClock.today(user.accountId());
		urge(user, journey, today.minusDays(40), 21);
		urge(user, journey, today.minusDays(38), 21);
		urge(user, journey, today.minusDays(35), 7);
		urge(user, journey, today, 9);

		String past = this.mvc.perform(get("/summary").param("range", "custom")
			.param("from", today.minusDays(45).toString()).param("to", today.minusDays(31).toString()).with(user(user)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(past).contains("<desc id=\"chart-hours-desc\">3 urges logged from " + day(today.minusDays(45)) + " to "
				+ day(today.minusDays(31)) + ", most often between 21:00 and 22:00.</desc>");

		this.mvc.perform(get("/summary").param("range", "30").with(user(user)))
			.andExpect(content().string(containsString(
					"<desc id=\"chart-hours-desc\">1 urge logged over the last 30 days, between 09:00 and 10:00.</desc>")));
	}

	private void urge(AccountUser user, Journey journey, LocalDate day, int hour) {
		java.sql.Timestamp at = java.sql.Timestamp.from(day.atTime(hour, 15).atZone(ZONE).toInstant());
		this.jdbc.update("insert into urge_event (account_id, journey_id, felt_at, strength) values (?, ?, ?, 6)",
				user.accountId(), journey.getId(), at);
	}

	@Test
	void anotherAccountsJourneyIsNotFoundAndTheirDataNeverShows() throws Exception {
		AccountUser owner = this.accounts.create(TestAccounts.uniqueEmail(), ZONE);
		Journey journey = this.journeys.start(owner);
		checkIn(owner, this.accountClock.today(owner.accountId()), 3, 3, "owner's secret note");
		AccountUser stranger = this.accounts.create();
		this.mvc.perform(get("/summary").param("journey", journey.getId().toString()).with(user(stranger))).andExpect(status().isNotFound());
		this.mvc.perform(get("/summary.pdf").param("journey", journey.getId().toString()).with(user(stranger))).andExpect(status().isNotFound());
		this.mvc.perform(get("/summary").param("notes", "true").with(user(stranger)))
			.andExpect(content().string(not(containsString("owner's secret note"))))
			.andExpect(content().string(not(containsString("Journey with Sam"))));
		this.mvc.perform(get("/summary")).andExpect(status().isFound());
	}

	private void startedOn(Journey journey, LocalDate day) {
		java.sql.Timestamp at = java.sql.Timestamp.from(day.atTime(10, 0).atZone(ZONE).toInstant());
		this.jdbc.update("update journey set started_at = ? where id = ?", at, journey.getId());
		this.jdbc.update("update journey_stage_change set changed_at = ? where journey_id = ?", at, journey.getId());
	}

	private static String day(LocalDate day) {
		return day.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH));
	}

	private void checkIn(AccountUser user, LocalDate day, int mood, int urge, String note) {
		this.checkIns.record(user.accountId(), new CheckInAnswers(day, mood, urge, ContactKind.NONE, Set.of(), null, note));
	}

	private static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	private static int count(String text, String needle) {
		int count = 0;
		for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length())) {
			count++;
		}
		return count;
	}

}
