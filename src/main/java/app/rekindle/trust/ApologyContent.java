package app.rekindle.trust;

import java.time.LocalDate;
import java.util.Set;

/**
 * The apology as the person wrote it: four parts (each null when left empty), the ids of their own
 * mistakes it covers, and the day it was given, if it has been.
 */
public record ApologyContent(String whatIDid, String thatItWasMine, String whatIWillDo, String howYouWillSee,
		Set<Long> coveredMistakes, LocalDate deliveredOn) {

	public ApologyContent {
		coveredMistakes = Set.copyOf(coveredMistakes);
	}

	@Override
	public String toString() {
		return "ApologyContent[coveredMistakes=" + this.coveredMistakes + ", deliveredOn=" + this.deliveredOn + "]";
	}

}
