package app.rekindle.progression;

import java.util.List;
import java.util.Set;

/**
 * Reaching out is closed for this journey, for the reasons given. Once any reason is on record
 * it stays: a lock never lifts.
 */
public record SafetyLock(List<SafetyConcern> concerns) {

	public SafetyLock {
		concerns = List.copyOf(concerns);
	}

	static SafetyLock of(Set<SafetyConcern> concerns) {
		return new SafetyLock(concerns.stream().sorted().toList());
	}

	/** Whether the person's own safety is at stake, so support resources come first. */
	public boolean isAboutSafety() {
		return this.concerns.stream().anyMatch(SafetyConcern::isAboutSafety);
	}

}
