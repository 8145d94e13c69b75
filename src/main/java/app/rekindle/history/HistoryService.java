package app.rekindle.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.rekindle.account.AccountClock;
import app.rekindle.checkin.CheckInService;
import app.rekindle.nocontact.NoContactService;

/**
 * Rereading one's own words: search in everything the account wrote, and one day of it. Journal
 * text is encrypted at rest, so both read the account's writing and look at it in memory, one query
 * per kind of writing whatever its amount.
 */
@Service
public class HistoryService {

	private final WritingReader writing;

	private final CheckInService checkIns;

	private final NoContactService noContact;

	private final AccountClock accountClock;

	HistoryService(WritingReader writing, CheckInService checkIns, NoContactService noContact,
			AccountClock accountClock) {
		this.writing = writing;
		this.checkIns = checkIns;
		this.noContact = noContact;
		this.accountClock = accountClock;
	}

	public static boolean isValidQuery(String query) {
		return query != null && !query.isBlank() && query.strip().length() <= TextSearch.MAX_QUERY_LENGTH;
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

}
