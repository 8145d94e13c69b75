package app.rekindle.summary;

import java.util.List;

import app.rekindle.trust.Boundary;
import app.rekindle.trust.Commitment;
import app.rekindle.trust.SharedActivity;
import app.rekindle.trust.TrustSummary;

/**
 * Rebuilding trust: its figures (and the apology, shown only with {@link SummaryWords#trust()}),
 * and the promises, boundaries and shared activities themselves only when those words are let in
 * (the lists are empty otherwise).
 */
public record TrustPart(TrustSummary figures, List<Commitment> commitments, List<Boundary> boundaries,
		List<SharedActivity> activities) {

	/** A summary without a journey, or of one that never reached rebuilding trust. */
	public static final TrustPart NONE = new TrustPart(TrustSummary.NONE, List.of(), List.of(), List.of());

	/** Whether nothing was recorded: no promise, no boundary, no shared activity. */
	public boolean isEmpty() {
		return this.figures.commitments().total() == 0 && this.figures.boundaries() == 0
				&& this.figures.activities().count() == 0;
	}

}
