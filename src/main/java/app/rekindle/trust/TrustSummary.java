package app.rekindle.trust;

/** What has been recorded in each part of rebuilding trust; {@code apology} is null until begun. */
public record TrustSummary(Apology apology, CommitmentTally commitments, long boundaries, long boundariesAgreed,
		RatingTally activities) {

}
