package app.rekindle.progression;

import java.time.LocalDate;

/**
 * The no-contact timer in the person's own days: the current run (since the later of the last
 * contact, the last slip and the last return to no contact), and what earlier runs add up to.
 *
 * @param runStartedOn the day of the last contact; the run's first clean day is the day after
 * @param daysDone clean days in the current run, today included
 * @param targetDays the length the person chose
 * @param endsOn the day the chosen length is reached
 * @param totalCleanDays clean days over all runs since the last contact at the start
 * @param longestRun the longest run so far, the current one included
 * @param slips how many times the person reached out during the journey
 * @param stoppedOn the day the journey left no contact, where every figure stops; null while the
 * count goes on
 */
public record NoContactCount(LocalDate runStartedOn, int daysDone, int targetDays, LocalDate endsOn,
		int totalCleanDays, int longestRun, int slips, LocalDate stoppedOn) {

	/** A count that is still going. */
	public NoContactCount(LocalDate runStartedOn, int daysDone, int targetDays, LocalDate endsOn, int totalCleanDays,
			int longestRun, int slips) {
		this(runStartedOn, daysDone, targetDays, endsOn, totalCleanDays, longestRun, slips, null);
	}

	public boolean isStopped() {
		return this.stoppedOn != null;
	}

	public int daysLeft() {
		return Math.max(0, this.targetDays - this.daysDone);
	}

	public boolean isComplete() {
		return this.daysDone >= this.targetDays;
	}

	public int percent() {
		return (this.targetDays == 0) ? 100 : Math.min(100, this.daysDone * 100 / this.targetDays);
	}

}
