package app.rekindle.summary.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import app.rekindle.account.AccountClock;
import app.rekindle.account.AccountUser;
import app.rekindle.checkin.CheckInAnswers;
import app.rekindle.checkin.CheckInService;
import app.rekindle.checkin.ContactKind;
import app.rekindle.journey.JourneyService;
import app.rekindle.journey.JourneySetup;
import app.rekindle.nocontact.NoContactService;
import app.rekindle.progression.Stage;
import app.rekindle.reflection.BreakupCause;
import app.rekindle.reflection.EntryContent;
import app.rekindle.reflection.EntryKind;
import app.rekindle.reflection.ReflectionService;
import app.rekindle.testsupport.Browser;
import app.rekindle.testsupport.BrowserTest;
import app.rekindle.testsupport.TestAccounts;
import app.rekindle.testsupport.TestJourneys;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The summary printed from the browser, as a person would print it, at A4 and at Letter: a year
 * long journey and one begun today. Chromium's own PDF of the print is read back with PDFBox and
 * the first page measured, so a page break that leaves the first sheet half empty fails here.
 * The printed PDFs and screenshots of the page are kept under target/screenshots to look at.
 */
@BrowserTest
class SummaryPrintBrowserTests {

	private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	/** Paper sizes in centimetres, height first as PrintOptions wants them. */
	private static final List<Paper> PAPERS = List.of(new Paper("a4", 29.7, 21.0), new Paper("letter", 27.94, 21.59));

	/**
	 * How far down the first page the last line of print must reach when the summary goes on to a
	 * second page: past four fifths of the sheet, margins included. A first page cut short before a
	 * chart that did not fit ends near two thirds or higher.
	 */
	static final double FULL_FIRST_PAGE = 0.80;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private JourneyService journeys;

	@Autowired
	private TestJourneys testJourneys;

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

	@Test
	void aYearLongJourneyPrintsWithAFullFirstPageOnA4AndOnLetter(Browser browser) throws IOException {
		AccountUser user = yearLongJourney();
		logIn(browser, user);
		browser.open("/summary");
		assertThat(browser.text()).contains("Since the journey began").contains("(365 days)");
		for (Paper paper : PAPERS) {
			Printed printed = print(browser, "summary-print-year-" + paper.name(), paper);
			assertThat(printed.pages()).as("a year on %s", paper.name()).isBetween(2, 6);
			assertThat(printed.firstPageReach()).as("how far down the first %s page the print reaches", paper.name())
				.isGreaterThan(FULL_FIRST_PAGE);
			assertThat(printed.firstPageText()).contains("Progress summary").contains("Daily check-ins");
		}
		browser.open("/summary?nickname=true&reflection=true&notes=true");
		for (Paper paper : PAPERS) {
			Printed printed = print(browser, "summary-print-year-notes-" + paper.name(), paper);
			assertThat(printed.firstPageReach()).as("with the notes, the first %s page", paper.name())
				.isGreaterThan(FULL_FIRST_PAGE);
		}
		browser.open("/summary");
		browser.resize(Browser.PHONE);
		browser.screenshot("summary-year-phone");
		browser.resize(Browser.DESKTOP);
		browser.screenshot("summary-year-desktop");
	}

	@Test
	void aJourneyBegunTodayPrintsOnOneSheet(Browser browser) throws IOException {
		AccountUser user = this.accounts.create(TestAccounts.uniqueEmail(), ZONE);
		LocalDate today = this.accountClock.today(user.accountId());
		this.journeys.start(user.accountId(), new JourneySetup("Robin", today.minusDays(20), today.minusDays(3), 30));
		logIn(browser, user);
		browser.open("/summary");
		assertThat(browser.text()).contains("Since the journey began").contains("(1 day)");
		for (Paper paper : PAPERS) {
			Printed printed = print(browser, "summary-print-new-" + paper.name(), paper);
			// It used to spill its last section, two lines, onto a second sheet.
			assertThat(printed.pages()).as("a new journey on %s", paper.name()).isEqualTo(1);
			assertThat(printed.firstPageText()).contains("Progress summary").contains("Stages").contains("No contact");
		}
		browser.resize(Browser.PHONE);
		browser.screenshot("summary-new-phone");
		browser.resize(Browser.DESKTOP);
		browser.screenshot("summary-new-desktop");
	}

	private AccountUser yearLongJourney() {
		AccountUser user = this.accounts.create(TestAccounts.uniqueEmail(), ZONE);
		long account = user.accountId();
		LocalDate today = this.accountClock.today(account);
		long journey = this.journeys.start(account, new JourneySetup("Robin", today.minusDays(380), today.minusDays(370), 30))
			.getId();
		this.reflection.add(account, journey, new EntryContent(EntryKind.CAUSE, BreakupCause.COMMUNICATION,
				"We stopped telling each other how we felt, and each of us filled the silence with the worst guess.", null));
		this.reflection.add(account, journey, new EntryContent(EntryKind.CAUSE, BreakupCause.ROUTINE_AND_COMPLACENCY, "Weeks went by the same way.", null));
		this.reflection.add(account, journey, new EntryContent(EntryKind.MISTAKE, null, "I went quiet when I was hurt.",
				"Say what hurt the same day, calmly."));
		this.reflection.add(account, journey, new EntryContent(EntryKind.MISTAKE, null, "I made plans without asking.",
				"Ask first."));
		this.reflection.add(account, journey, new EntryContent(EntryKind.TRIGGER, null, "Sunday evenings alone.", null));
		this.testJourneys.putInStage(journey, Stage.NO_CONTACT);
		// A year of check-ins is written straight into the table (the service takes only recent days);
		// the last few, with notes, through the service.
		for (int back = 364; back >= 7; back--) {
			if (back % 9 != 4) {
				this.jdbc.update("insert into check_in (account_id, check_in_day, mood, urge, contact, self_care, late, created_at, updated_at) "
						+ "values (?, ?, ?, ?, 'NONE', '', false, current_timestamp, current_timestamp)",
						account, today.minusDays(back), mood(back), urge(back));
			}
		}
		for (int back = 6; back >= 0; back--) {
			this.checkIns.record(account, new CheckInAnswers(today.minusDays(back), mood(back), urge(back), ContactKind.NONE,
					Set.of(), null, (back % 3 == 0) ? "A walk by the river; the evening was easier than last week." : null));
		}
		for (int urge = 0; urge < 12; urge++) {
			this.noContact.pauseInsteadOfTexting(account, journey, 3 + urge % 5, null);
		}
		// The journey began a year ago and its no contact a few days later.
		Instant yearAgo = today.minusDays(364).atTime(9, 0).atZone(ZONE).toInstant();
		this.jdbc.update("update journey set started_at = ? where id = ?", java.sql.Timestamp.from(yearAgo), journey);
		this.jdbc.update("update journey_stage_change set changed_at = ? where journey_id = ? and to_stage = 'REFLECTION'",
				java.sql.Timestamp.from(yearAgo), journey);
		this.jdbc.update("update journey_stage_change set changed_at = ? where journey_id = ? and to_stage = 'NO_CONTACT'",
				java.sql.Timestamp.from(yearAgo.plus(Duration.ofDays(12))), journey);
		return user;
	}

	/** A slow climb through good and bad weeks: mood up, urge down, neither in a straight line. */
	private static int mood(int back) {
		return (int) Math.max(1, Math.min(5, Math.round(2.4 + 1.2 * Math.sin(back / 9.0) + (364 - back) / 250.0)));
	}

	private static int urge(int back) {
		return (int) Math.max(0, Math.min(10, Math.round(7.5 - (364 - back) / 60.0 + 1.8 * Math.sin(back / 5.0))));
	}

	private static void logIn(Browser browser, AccountUser user) {
		browser.open("/login").type("Email", user.getUsername()).type("Password", TestAccounts.PASSWORD).press("Log in");
	}

	/** Prints the open page as Chromium would on paper, keeps the PDF, and measures its first page. */
	private static Printed print(Browser browser, String name, Paper paper) throws IOException {
		PrintOptions options = new PrintOptions();
		options.setPageSize(new PageSize(paper.height(), paper.width()));
		options.setBackground(false);
		Pdf pdf = ((PrintsPage) browser.driver()).print(options);
		byte[] bytes = Base64.getDecoder().decode(pdf.getContent());
		Path target = Path.of("target", "screenshots", name + ".pdf");
		Files.createDirectories(target.getParent());
		Files.write(target, bytes);
		try (PDDocument document = Loader.loadPDF(bytes)) {
			PDFTextStripper firstPage = new PDFTextStripper();
			firstPage.setStartPage(1);
			firstPage.setEndPage(1);
			return new Printed(document.getNumberOfPages(), firstPage.getText(document), FirstPageReach.of(document));
		}
	}

	private record Paper(String name, double height, double width) {
	}

	/** The number of pages, the first page's text, and how far down it its last line reaches (0 to 1). */
	private record Printed(int pages, String firstPageText, double firstPageReach) {
	}

}
