package app.rekindle.trust;

import java.util.List;

/** What has been recorded in each part of rebuilding trust; {@code apology} is null until begun. */
public record TrustSummary(Apology apology, CommitmentTally commitments, long boundaries, long boundariesAgreed,
		RatingTally activities) {

	/** Nothing recorded: a journey that has not reached rebuilding trust. */
	public static final TrustSummary NONE = new TrustSummary(null, CommitmentTally.of(List.of()), 0, 0,
			RatingTally.of(List.of()));

}
