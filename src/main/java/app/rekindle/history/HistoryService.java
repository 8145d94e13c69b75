package app.rekindle.history;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;

import app.rekindle.checkin.CheckIn;
import app.rekindle.checkin.CheckInService;
import app.rekindle.nocontact.NoContactService;
import app.rekindle.nocontact.UnsentLetter;

/** Search in the account's own notes and letters, newest first. */
@Service
public class HistoryService {

	private final CheckInService checkIns;

	private final NoContactService noContact;

	HistoryService(CheckInService checkIns, NoContactService noContact) {
		this.checkIns = checkIns;
		this.noContact = noContact;
	}

	public static boolean isValidQuery(String query) {
		return query != null && !query.isBlank() && query.strip().length() <= TextSearch.MAX_QUERY_LENGTH;
	}

	public List<SearchHit> search(long accountId, ZoneId zone, String query) {
		TextSearch search = TextSearch.of(query);
		List<SearchHit> hits = new ArrayList<>();
		for (CheckIn checkIn : this.checkIns.withNotes(accountId)) {
			if (search.matches(checkIn.getNote())) {
				hits.add(new SearchHit(checkIn.getDay(), SearchHit.Source.CHECK_IN_NOTE, "/checkin/" + checkIn.getDay(),
						search.snippet(checkIn.getNote())));
			}
		}
		for (UnsentLetter letter : this.noContact.letters(accountId)) {
			if (search.matches(letter.getBody())) {
				LocalDate written = letter.getWrittenAt().atZone(zone).toLocalDate();
				hits.add(new SearchHit(written, SearchHit.Source.UNSENT_LETTER, "/letters/" + letter.getId(),
						search.snippet(letter.getBody())));
			}
		}
		hits.sort(Comparator.comparing(SearchHit::date).reversed());
		return hits;
	}

}
