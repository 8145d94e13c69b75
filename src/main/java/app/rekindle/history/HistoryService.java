package app.rekindle.history;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.rekindle.account.AccountClock;
import app.rekindle.account.AccountService;
import app.rekindle.checkin.CheckInMark;
import app.rekindle.checkin.CheckInService;
import app.rekindle.history.chart.CalendarEntry;
import app.rekindle.history.chart.ChartFactory;
import app.rekindle.history.chart.ChartPeriod;
import app.rekindle.history.chart.MonthCalendar;
import app.rekindle.nocontact.NoContactService;
import app.rekindle.nocontact.UrgeEvent;

/**
 * Looking back: the history page (a month's calendar and the charts of a period), search in
 * everything the account wrote, and one day of it. Journal text is encrypted at rest, so search and
 * the day read the account's writing and look at it in memory, one query per kind of writing
 * whatever its amount.
 */
@Service
public class HistoryService {

	private final WritingReader writing;

	private final CheckInService checkIns;

	private final NoContactService noContact;

	private final ChartFactory charts;

	private final AccountService accounts;

	private final AccountClock accountClock;

	HistoryService(WritingReader writing, CheckInService checkIns, NoContactService noContact, ChartFactory charts,
			AccountService accounts, AccountClock accountClock) {
		this.writing = writing;
		this.checkIns = checkIns;
		this.noContact = noContact;
		this.charts = charts;
		this.accounts = accounts;
		this.accountClock = accountClock;
	}

	public static boolean isValidQuery(String query) {
		return query != null && !query.isBlank() && query.strip().length() <= TextSearch.MAX_QUERY_LENGTH;
	}

	/**
	 * The history page: the month's calendar and the charts of the last {@code days} days. One query
	 * reads the check-ins both need, one the urges of the period, in the same transaction as the
	 * account's zone.
	 *
	 * @param month the month to show, or {@code null} for this month
	 * @param days one of {@link HistoryPage#RANGES}
	 */
	@Transactional(readOnly = true)
	public HistoryPage page(long accountId, YearMonth month, int days) {
		if (!HistoryPage.RANGES.contains(days)) {
			throw new IllegalArgumentException("Not one of the history's periods: " + days);
		}
		ZoneId zone = this.accounts.timeZone(accountId);
		LocalDate today = this.accountClock.today(zone);
		YearMonth shown = (month != null) ? month : YearMonth.from(today);
		ChartPeriod period = ChartPeriod.lastDays(days, today);
		LocalDate from = earlier(shown.atDay(1), period.from());
		LocalDate to = later(shown.atEndOfMonth(), today);
		List<CheckInMark> marks = this.checkIns.marksBetween(accountId, from, to);
		Map<LocalDate, CalendarEntry> calendar = new HashMap<>();
		for (CheckInMark mark : marks) {
			if (YearMonth.from(mark.day()).equals(shown)) {
				calendar.put(mark.day(), new CalendarEntry(mark.mood(), mark.late()));
			}
		}
		List<Instant> urges = this.noContact.urgesBetween(accountId, period.start(zone), period.end(zone))
			.stream()
			.map(UrgeEvent::getFeltAt)
			.toList();
		return new HistoryPage(MonthCalendar.of(shown, DayOfWeek.MONDAY, calendar, today), days,
				this.charts.charts(period, marks, urges, zone));
	}

	/** Every piece of writing that contains the query, newest day first. */
	@Transactional(readOnly = true)
	public List<SearchHit> search(long accountId, ZoneId zone, String query) {
		TextSearch search = TextSearch.of(query);
		List<SearchHit> hits = new ArrayList<>();
		for (Written written : this.writing.all(accountId, zone)) {
			if (search.matches(written.text())) {
				hits.add(new SearchHit(written.date(), written.source(), written.link(), search.snippet(written.text())));
			}
		}
		hits.sort(Comparator.comparing(SearchHit::date).reversed());
		return hits;
	}

	/**
	 * The day in the account's own zone. The day's check-in, letters and urges are read for that day
	 * alone; the other kinds are few, so they are read whole and kept if they belong to the day.
	 */
	@Transactional(readOnly = true)
	public HistoryDay day(long accountId, ZoneId zone, LocalDate day) {
		LocalDate today = this.accountClock.today(zone);
		Instant from = day.atStartOfDay(zone).toInstant();
		Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
		List<Written> other = this.writing.allButCheckInsAndLetters(accountId, zone)
			.stream()
			.filter((written) -> written.date().equals(day))
			.sorted(Comparator.comparing(Written::source))
			.toList();
		return new HistoryDay(day, today, this.checkIns.on(accountId, day).orElse(null),
				this.noContact.lettersWrittenBetween(accountId, from, to), this.noContact.urgesBetween(accountId, from, to),
				other);
	}

	private static LocalDate earlier(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	private static LocalDate later(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

}
