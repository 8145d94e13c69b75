package app.rekindle.summary;

import java.time.LocalDate;

/** The days a summary covers, both included, and how the person chose them. */
public record SummaryRange(LocalDate from, LocalDate to, Kind kind) {

	public enum Kind {

		LAST_30_DAYS, LAST_90_DAYS, WHOLE_JOURNEY, CUSTOM

	}

	public long days() {
		return java.time.temporal.ChronoUnit.DAYS.between(this.from, this.to) + 1;
	}

}
