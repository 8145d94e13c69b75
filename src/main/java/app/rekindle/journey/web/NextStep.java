package app.rekindle.journey.web;

import java.util.Optional;

import app.rekindle.journey.Journey;
import app.rekindle.progression.GateEvaluation;
import app.rekindle.progression.Requirement;

/**
 * The one thing Today suggests doing next: the first open requirement of the gate that a page of
 * the journal can move forward, with the words for its button and where it leads. Requirements that
 * only time can meet (days without contact, a calmer urge, days in a stage) have no page; the
 * check-ins have their own card on Today.
 *
 * @param requirement the open requirement this step works on; its sentence says why
 * @param labelCode message code for the button
 * @param path where the button leads, or empty when only time is needed
 */
record NextStep(Requirement requirement, String labelCode, Optional<String> path) {

	/** The first open requirement with a page to do it on, or else the first open one. */
	static Optional<NextStep> of(Journey journey, GateEvaluation gate) {
		Optional<NextStep> actionable = gate.missing()
			.stream()
			.map((requirement) -> forRequirement(journey, requirement))
			.filter((step) -> step.path().isPresent())
			.findFirst();
		return actionable.or(() -> gate.missing().stream().findFirst().map((r) -> new NextStep(r, null, Optional.empty())));
	}

	private static NextStep forRequirement(Journey journey, Requirement requirement) {
		String base = "/journeys/" + journey.getId();
		String key = requirement.key();
		String section = switch (key) {
			case "reflection.causes" -> "/reflection/causes";
			case "reflection.mistakes" -> "/reflection/mistakes";
			case "reflection.triggers" -> "/reflection/triggers";
			case "reflection.motives" -> "/reflection/motives";
			case "reflection.safety" -> "/reflection/safety";
			case "noContact.goals" -> "/goals";
			case "outreach.warmReplies", "outreach.conversations" -> "/outreach";
			case "trust.apology" -> "/trust/apology";
			case "trust.commitments", "trust.kept" -> "/trust/commitments";
			case "trust.boundaries" -> "/trust/boundaries";
			case "trust.activities", "trust.rating" -> "/trust/activities";
			default -> key.startsWith("trial.") ? "/trial" : null;
		};
		String labelKey = key.startsWith("trial.") ? "trial" : key;
		return (section != null) ? new NextStep(requirement, "today.next." + labelKey, Optional.of(base + section))
				: new NextStep(requirement, null, Optional.empty());
	}

}
