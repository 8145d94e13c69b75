package app.rekindle.trust;

import java.time.LocalDate;

/**
 * A shared activity as the person logged it. {@code triggerId} names one of their own triggers
 * from reflection, or is null; {@code note} is null when left empty.
 */
public record ActivityContent(LocalDate happenedOn, String what, ActivityKind kind, int rating,
		boolean triggerCameUp, Long triggerId, String note) {

	@Override
	public String toString() {
		return "ActivityContent[happenedOn=" + this.happenedOn + ", kind=" + this.kind + ", rating=" + this.rating
				+ ", triggerCameUp=" + this.triggerCameUp + "]";
	}

}
