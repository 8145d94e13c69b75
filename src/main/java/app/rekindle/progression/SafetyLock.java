package app.rekindle.progression;

import java.util.List;
import java.util.Set;

/**
 * Reaching out is closed for this journey, for the reasons given. Once any reason is on record
 * it stays: a lock never lifts.
 * <p>
 * A lock is either the journey's own (recorded on it, or set by a reply logged on it), which ends
 * the journey by moving on, or {@code carriedOver} from an earlier journey with the same person,
 * since a lock follows the person, not the journey. A carried-over lock keeps reaching out
 * and everything after it closed, but leaves reflection and no contact open for the person's own
 * sake; its {@code concerns} are those of the earlier journey, and may be empty if that journey
 * recorded none.
 */
public record SafetyLock(List<SafetyConcern> concerns, boolean carriedOver) {

	public SafetyLock {
		concerns = List.copyOf(concerns);
	}

	/** A lock of the journey's own. */
	public SafetyLock(List<SafetyConcern> concerns) {
		this(concerns, false);
	}

	static SafetyLock of(Set<SafetyConcern> concerns, boolean carriedOver) {
		return new SafetyLock(concerns.stream().sorted().toList(), carriedOver);
	}

	/** Whether the person's own safety is at stake, so support resources come first. */
	public boolean isAboutSafety() {
		return this.concerns.stream().anyMatch(SafetyConcern::isAboutSafety);
	}

	/** Whether the stage stays closed under this lock: every stage for a journey's own lock. */
	public boolean closes(Stage stage) {
		return !this.carriedOver || stage.isReachingOutOrLater();
	}

}
