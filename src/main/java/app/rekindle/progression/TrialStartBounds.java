package app.rekindle.progression;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The days a trial's agreed start may lie on: from the day the trial step began to today. A start
 * before the step would make every checkpoint fall due at once, on the day the step opens; a start
 * in the future is not agreed yet.
 *
 * @param earliest the day the journey entered its trial period, in the person's zone
 * @param latest today, in the person's zone
 */
public record TrialStartBounds(LocalDate earliest, LocalDate latest) {

	/** What is wrong with a proposed start. */
	public enum Problem {

		/** The day lies before the trial step began. */
		BEFORE_THE_STEP,

		/** The day has not come yet. */
		IN_THE_FUTURE

	}

	public TrialStartBounds {
		if (latest.isBefore(earliest)) {
			// The step cannot begin after today; if clocks disagree, today wins and the step's day is today.
			earliest = latest;
		}
	}

	/** The bounds for a trial whose step began on {@code stepBegan}, seen at {@code now} in {@code zone}. */
	public static TrialStartBounds of(LocalDate stepBegan, Instant now, ZoneId zone) {
		return new TrialStartBounds(stepBegan, now.atZone(zone).toLocalDate());
	}

	/** Why the day cannot be the start, or empty when it can. */
	public Optional<Problem> check(LocalDate proposed) {
		if (proposed.isBefore(this.earliest)) {
			return Optional.of(Problem.BEFORE_THE_STEP);
		}
		if (proposed.isAfter(this.latest)) {
			return Optional.of(Problem.IN_THE_FUTURE);
		}
		return Optional.empty();
	}

	public boolean allows(LocalDate proposed) {
		return check(proposed).isEmpty();
	}

}
