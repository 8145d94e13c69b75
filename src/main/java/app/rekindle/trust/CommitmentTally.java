package app.rekindle.trust;

import java.util.Collection;


/**
 * Commitments counted by state. The kept share is of all commitments made, as the gate counts
 * it: a pending promise is not kept yet.
 */
public record CommitmentTally(int kept, int broken, int pending) {

	public static CommitmentTally of(Collection<CommitmentState> states) {
		int kept = 0;
		int broken = 0;
		int pending = 0;
		for (CommitmentState state : states) {
			switch (state) {
				case KEPT -> kept++;
				case BROKEN -> broken++;
				case PENDING -> pending++;
			}
		}
		return new CommitmentTally(kept, broken, pending);
	}

	public int total() {
		return this.kept + this.broken + this.pending;
	}

	/** Whole percent, rounded down as the gate rounds it; 0 with no commitments. */
	public int keptPercent() {
		return (total() == 0) ? 0 : this.kept * 100 / total();
	}

}
