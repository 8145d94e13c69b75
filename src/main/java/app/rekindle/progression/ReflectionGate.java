package app.rekindle.progression;

import java.util.List;

import app.rekindle.progression.JourneySnapshot.ReflectionFacts;

/** Gate 1→2: enough reflection written, and both checks answered. */
final class ReflectionGate {

	private ReflectionGate() {
	}

	static List<Requirement> requirements(JourneySnapshot snapshot, RulesProperties.Reflection rules) {
		ReflectionFacts facts = snapshot.reflection();
		return List.of(Requirement.atLeast("reflection.causes", facts.causes(), rules.minCauses(), "items"),
				Requirement.atLeast("reflection.mistakes", facts.mistakesWithPlan(), rules.minMistakes(), "items"),
				Requirement.atLeast("reflection.triggers", facts.triggers(), rules.minTriggers(), "items"),
				Requirement.yesNo("reflection.motives", facts.motivesAnswered()),
				Requirement.yesNo("reflection.safety", facts.safetyScreenAnswered()));
	}

}
