package app.rekindle.history;

import java.time.LocalDate;
import java.util.List;

/**
 * One entry whose text contains the search words: where it is, and a snippet cut into plain and
 * matching parts, so a page can mark the matches while escaping everything.
 */
public record SearchHit(LocalDate date, Source source, String link, List<Part> parts) {

	public SearchHit {
		parts = List.copyOf(parts);
	}

	public enum Source {

		CHECK_IN_NOTE, UNSENT_LETTER

	}

	public record Part(String text, boolean match) {
	}

}
