package app.rekindle.trial;

import java.time.LocalDate;

/**
 * What the two of them agreed when the trial started: the day, how many weeks it lasts, and what
 * will be different (the person's own words). A trial begun before terms existed has a start only:
 * its weeks and words are null.
 */
public record TrialTerms(LocalDate startedOn, Integer weeks, String whatWillDiffer) {

	/** Whether the length and what will be different are written down. */
	public boolean isAgreed() {
		return this.weeks != null || this.whatWillDiffer != null;
	}

	/** The last day of the agreed weeks, or null when no length was agreed. */
	public LocalDate endsOn() {
		return (this.weeks != null) ? this.startedOn.plusWeeks(this.weeks).minusDays(1) : null;
	}

	/** Whether the agreed weeks are over on {@code today}. */
	public boolean isOver(LocalDate today) {
		return this.weeks != null && today.isAfter(endsOn());
	}

	@Override
	public String toString() {
		return "TrialTerms[startedOn=" + this.startedOn + ", weeks=" + this.weeks + "]";
	}

}
