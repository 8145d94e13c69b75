package app.rekindle.progression;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import app.rekindle.progression.JourneySnapshot.ReflectionFacts;

import static app.rekindle.progression.Fixtures.RULES;
import static app.rekindle.progression.Fixtures.evaluate;
import static app.rekindle.progression.Fixtures.passingReflection;
import static app.rekindle.progression.Fixtures.requirement;
import static org.assertj.core.api.Assertions.assertThat;

class ReflectionGateTests {

	@Test
	void passesWhenEveryRequirementIsMetExactly() {
		GateEvaluation gate = evaluate(passingReflection());
		assertThat(gate.isPassed()).isTrue();
		assertThat(gate.next()).contains(Stage.NO_CONTACT);
		assertThat(gate.requirements()).extracting(Requirement::key)
			.containsExactly("reflection.causes", "reflection.mistakes", "reflection.triggers", "reflection.motives",
					"reflection.safety");
	}

	static Stream<Arguments> countsAroundTheirThresholds() {
		RulesProperties.Reflection r = RULES.reflection();
		return Stream.of(row("causes just under", r.minCauses() - 1, r.minMistakes(), r.minTriggers(), "reflection.causes", false),
				row("causes at", r.minCauses(), r.minMistakes(), r.minTriggers(), "reflection.causes", true),
				row("causes over", r.minCauses() + 1, r.minMistakes(), r.minTriggers(), "reflection.causes", true),
				row("mistakes just under", r.minCauses(), r.minMistakes() - 1, r.minTriggers(), "reflection.mistakes", false),
				row("mistakes at", r.minCauses(), r.minMistakes(), r.minTriggers(), "reflection.mistakes", true),
				row("mistakes over", r.minCauses(), r.minMistakes() + 1, r.minTriggers(), "reflection.mistakes", true),
				row("triggers just under", r.minCauses(), r.minMistakes(), r.minTriggers() - 1, "reflection.triggers", false),
				row("triggers at", r.minCauses(), r.minMistakes(), r.minTriggers(), "reflection.triggers", true),
				row("triggers over", r.minCauses(), r.minMistakes(), r.minTriggers() + 1, "reflection.triggers", true));
	}

	private static Arguments row(String name, int causes, int mistakes, int triggers, String key, boolean met) {
		return Arguments.of(name, causes, mistakes, triggers, key, met);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("countsAroundTheirThresholds")
	void countsMeetTheirRequirementFromTheThresholdOn(String name, int causes, int mistakes, int triggers, String key,
			boolean met) {
		GateEvaluation gate = evaluate(passingReflection().with(new ReflectionFacts(causes, mistakes, triggers, true, true)));
		Requirement requirement = requirement(gate, key);
		assertThat(requirement.isMet()).isEqualTo(met);
		assertThat(gate.isPassed()).isEqualTo(met);
		assertThat(requirement.progress().args()).containsExactly(
				key.equals("reflection.causes") ? causes : key.equals("reflection.mistakes") ? mistakes : triggers,
				threshold(key));
	}

	private static int threshold(String key) {
		RulesProperties.Reflection r = RULES.reflection();
		return switch (key) {
			case "reflection.causes" -> r.minCauses();
			case "reflection.mistakes" -> r.minMistakes();
			default -> r.minTriggers();
		};
	}

	@ParameterizedTest(name = "motives answered {0}, safety answered {1}")
	@MethodSource("bothChecks")
	void needsBothChecksAnswered(boolean motives, boolean safety) {
		RulesProperties.Reflection r = RULES.reflection();
		GateEvaluation gate = evaluate(passingReflection()
			.with(new ReflectionFacts(r.minCauses(), r.minMistakes(), r.minTriggers(), motives, safety)));
		assertThat(requirement(gate, "reflection.motives").isMet()).isEqualTo(motives);
		assertThat(requirement(gate, "reflection.safety").isMet()).isEqualTo(safety);
		assertThat(gate.isPassed()).isEqualTo(motives && safety);
	}

	static Stream<Arguments> bothChecks() {
		return Stream.of(Arguments.of(false, false), Arguments.of(true, false), Arguments.of(false, true),
				Arguments.of(true, true));
	}

	@Test
	void explainsWhatIsMissingInWordsForThePage() {
		GateEvaluation gate = evaluate(passingReflection().with(ReflectionFacts.NONE));
		assertThat(gate.missing()).hasSize(5);
		assertThat(requirement(gate, "reflection.mistakes").sentence())
			.isEqualTo(Text.of("gate.reflection.mistakes.unmet", 0, RULES.reflection().minMistakes(),
					RULES.reflection().minMistakes()));
	}

}
