package app.rekindle.progression;

import java.time.LocalDate;
import java.util.List;

import app.rekindle.progression.Requirement.Status;

/**
 * Stage 5 has no gate to pass: it ends with a choice. Its checklist is the review checkpoints,
 * each due a number of days into the trial.
 */
final class TrialGate {

	private TrialGate() {
	}

	static List<Requirement> requirements(JourneySnapshot snapshot, LocalDate today, RulesProperties.Trial rules) {
		LocalDate start = (snapshot.trial().startedOn() != null) ? snapshot.trial().startedOn()
				: snapshot.journey().stageEnteredOn();
		return rules.checkpointDays().stream().map((day) -> {
			boolean reviewed = snapshot.trial().checkpointsReviewed().contains(day);
			LocalDate due = start.plusDays(day);
			String state = reviewed ? "reviewed" : (today.isBefore(due) ? "upcoming" : "due");
			return new Requirement("trial.checkpoint." + day, reviewed ? Status.MET : Status.UNMET, reviewed ? 1 : 0,
					Text.of("gate.trial.checkpoint.label", day), Text.of("gate.progress.checkpoint." + state, due),
					Text.of("gate.trial.checkpoint." + state, day, due));
		}).toList();
	}

}
