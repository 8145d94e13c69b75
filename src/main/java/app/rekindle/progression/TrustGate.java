package app.rekindle.progression;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import app.rekindle.progression.JourneySnapshot.TrustFacts;
import app.rekindle.progression.Requirement.Status;

/**
 * Gate 4→5: the apology delivered, commitments made and mostly kept, boundaries agreed by both,
 * good shared time, and enough days in the stage for all of it to mean something.
 */
final class TrustGate {

	private TrustGate() {
	}

	static List<Requirement> requirements(JourneySnapshot snapshot, LocalDate today, RulesProperties.Trust rules) {
		TrustFacts facts = snapshot.trust();
		int daysInStage = (int) Math.max(0, ChronoUnit.DAYS.between(snapshot.journey().stageEnteredOn(), today));
		return List.of(Requirement.yesNo("trust.apology", facts.apologyDeliveredOn() != null),
				Requirement.atLeast("trust.commitments", facts.commitmentsMade(), rules.minCommitments(),
						"commitments"),
				keptShare(facts.commitmentsMade(), facts.commitmentsKept(), rules.minKeptPercent()),
				Requirement.atLeast("trust.boundaries", facts.boundariesAgreedByBoth(), rules.minBoundariesAgreed(),
						"boundaries"),
				Requirement.atLeast("trust.activities", facts.activityRatings().size(), rules.minActivities(),
						"activities"),
				activityRating(facts.activityRatings(), rules.minMeanActivityRating()),
				Requirement.atLeast("trust.days", daysInStage, rules.minDaysInStage(), "days"));
	}

	/** Kept commitments as a share of all commitments made: a pending promise is not kept yet. */
	private static Requirement keptShare(int total, long kept, int minPercent) {
		int percent = (total == 0) ? 0 : (int) (kept * 100 / total);
		boolean met = total > 0 && kept * 100 >= (long) minPercent * total;
		double fraction = (minPercent == 0) ? 1 : (double) percent / minPercent;
		return new Requirement("trust.kept", met ? Status.MET : Status.UNMET, fraction,
				Text.of("gate.trust.kept.label", minPercent), Text.of("gate.progress.kept", kept, total, percent),
				Text.of("gate.trust.kept." + (met ? "met" : "unmet"), minPercent));
	}

	private static Requirement activityRating(List<Integer> ratings, double minMean) {
		BigDecimal min = BigDecimal.valueOf(minMean).setScale(1, RoundingMode.HALF_UP);
		if (ratings.isEmpty()) {
			return new Requirement("trust.rating", Status.UNMET, 0, Text.of("gate.trust.rating.label", min),
					Text.of("gate.progress.noActivities"), Text.of("gate.trust.rating.none", min));
		}
		double mean = ratings.stream().mapToInt(Integer::intValue).average().orElseThrow();
		boolean met = mean >= minMean;
		BigDecimal shown = BigDecimal.valueOf(mean).setScale(1, RoundingMode.HALF_UP);
		return new Requirement("trust.rating", met ? Status.MET : Status.UNMET, mean / minMean,
				Text.of("gate.trust.rating.label", min), Text.of("gate.progress.rating", shown, ratings.size()),
				Text.of("gate.trust.rating." + (met ? "met" : "unmet"), shown, min));
	}

}
