package app.rekindle.progression;

import java.util.List;
import java.util.Optional;

/**
 * The gate of a journey's current stage at one instant: every requirement explained, any safety
 * lock, the no-contact timer, outreach pacing, and notes worth showing beside the checklist.
 */
public record GateEvaluation(Stage stage, Optional<Stage> next, List<Requirement> requirements,
		Optional<SafetyLock> safetyLock, NoContactCount noContact, OutreachPacing pacing, List<Text> notes) {

	public GateEvaluation {
		requirements = List.copyOf(requirements);
		notes = List.copyOf(notes);
	}

	/** The one answer to "may this journey advance now?". */
	public boolean isPassed() {
		return this.next.isPresent() && !isNextClosed()
				&& this.requirements.stream().allMatch(Requirement::isSatisfied);
	}

	/** Whether reaching out is closed for this journey: by a lock of its own, or one carried over. */
	public boolean isLocked() {
		return this.safetyLock.isPresent();
	}

	/** Whether a safety lock keeps the next stage closed, however complete the checklist is. */
	public boolean isNextClosed() {
		return this.next.isPresent() && this.safetyLock.filter((lock) -> lock.closes(this.next.get())).isPresent();
	}

	/**
	 * Whether the lock ends the journey by moving on: always for a lock of its own; for one carried
	 * over, only if the journey stands in reaching out or later, which such a lock keeps closed.
	 */
	public boolean endsJourney() {
		return this.safetyLock.filter((lock) -> lock.closes(this.stage)).isPresent();
	}

	public List<Requirement> missing() {
		return this.requirements.stream().filter((requirement) -> !requirement.isSatisfied()).toList();
	}

	public long satisfiedCount() {
		return this.requirements.stream().filter(Requirement::isSatisfied).count();
	}

}
