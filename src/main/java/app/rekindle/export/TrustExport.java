package app.rekindle.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import app.rekindle.trust.Apology;
import app.rekindle.trust.Boundary;
import app.rekindle.trust.Commitment;
import app.rekindle.trust.SharedActivity;

/** Stage 4 of a journey: the apology (null until written), commitments, boundaries and shared activities. */
public record TrustExport(ApologyData apology, List<CommitmentData> commitments, List<BoundaryData> boundaries,
		List<ActivityData> activities) {

	static TrustExport of(Apology apology, List<Commitment> commitments, List<Boundary> boundaries,
			List<SharedActivity> activities) {
		return new TrustExport((apology != null) ? ApologyData.of(apology) : null,
				commitments.stream().map(CommitmentData::of).toList(),
				boundaries.stream().map(BoundaryData::of).toList(),
				activities.stream().map(ActivityData::of).toList());
	}

	/** The four parts (each null when left empty); {@code coveredMistakeIds} are ids of reflection mistakes. */
	public record ApologyData(String whatIDid, String thatItWasMine, String whatIWillDo, String howYouWillSee,
			List<Long> coveredMistakeIds, LocalDate deliveredOn, Instant updatedAt) {

		static ApologyData of(Apology apology) {
			return new ApologyData(apology.getWhatIDid(), apology.getThatItWasMine(), apology.getWhatIWillDo(),
					apology.getHowYouWillSee(), apology.getCoveredMistakes().stream().sorted().toList(),
					apology.getDeliveredOn(), apology.getUpdatedAt());
		}

	}

	public record CommitmentData(String promise, LocalDate dueOn, String state, Instant createdAt) {

		static CommitmentData of(Commitment commitment) {
			return new CommitmentData(commitment.getPromise(), commitment.getDueOn(), commitment.getState().name(),
					commitment.getCreatedAt());
		}

	}

	public record BoundaryData(String description, String whose, boolean agreedByBoth, Instant createdAt) {

		static BoundaryData of(Boundary boundary) {
			return new BoundaryData(boundary.getDescription(), boundary.getWhose().name(), boundary.isAgreedByBoth(),
					boundary.getCreatedAt());
		}

	}

	/** {@code triggerEntryId} is the id of a reflection trigger, or null. */
	public record ActivityData(LocalDate happenedOn, String what, String kind, int rating, boolean triggerCameUp,
			Long triggerEntryId, String note, Instant createdAt) {

		static ActivityData of(SharedActivity activity) {
			return new ActivityData(activity.getHappenedOn(), activity.getWhat(), activity.getKind().name(),
					activity.getRating(), activity.isTriggerCameUp(), activity.getTriggerId(), activity.getNote(),
					activity.getCreatedAt());
		}

	}

}
