package app.rekindle.progression;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import app.rekindle.progression.JourneySnapshot.TrialFacts;

import static app.rekindle.progression.Fixtures.RULES;
import static app.rekindle.progression.Fixtures.TODAY;
import static app.rekindle.progression.Fixtures.evaluate;
import static app.rekindle.progression.Fixtures.journey;
import static org.assertj.core.api.Assertions.assertThat;

class TrialAndOutcomeTests {

	@Test
	void theTrialListsItsCheckpointsAndEndsWithAChoiceNotAGate() {
		int first = RULES.trial().checkpointDays().get(0);
		LocalDate started = TODAY.minusDays(first);
		GateEvaluation gate = evaluate(JourneySnapshot.of(journey(Stage.TRIAL_PERIOD, TODAY.minusDays(200), TODAY.minusDays(210)))
			.with(new TrialFacts(started, Set.of())));
		assertThat(gate.requirements()).hasSize(RULES.trial().checkpointDays().size());
		Requirement due = gate.requirements().get(0);
		assertThat(due.isMet()).isFalse();
		assertThat(due.progress()).isEqualTo(Text.of("gate.progress.checkpoint.due", started.plusDays(first)));
		Requirement upcoming = gate.requirements().get(1);
		assertThat(upcoming.progress().code()).isEqualTo("gate.progress.checkpoint.upcoming");
		assertThat(gate.next()).isEmpty();
		assertThat(gate.isPassed()).isFalse();
	}

	@Test
	void aReviewedCheckpointIsMet() {
		int first = RULES.trial().checkpointDays().get(0);
		GateEvaluation gate = evaluate(JourneySnapshot.of(journey(Stage.TRIAL_PERIOD, TODAY.minusDays(200), TODAY.minusDays(210)))
			.with(new TrialFacts(TODAY.minusDays(first + 3), Set.of(first))));
		assertThat(gate.requirements().get(0).isMet()).isTrue();
	}

	@Test
	void movingOnHasNoGate() {
		GateEvaluation gate = evaluate(JourneySnapshot.of(journey(Stage.MOVING_ON, TODAY.minusDays(20), TODAY.minusDays(25))));
		assertThat(gate.requirements()).isEmpty();
		assertThat(gate.next()).isEmpty();
		assertThat(gate.isPassed()).isFalse();
	}

	@Test
	void everyStageWithAGateLeadsToTheNextInOrder() {
		assertThat(Stage.REFLECTION.next()).contains(Stage.NO_CONTACT);
		assertThat(Stage.NO_CONTACT.next()).contains(Stage.REACHING_OUT);
		assertThat(Stage.REACHING_OUT.next()).contains(Stage.REBUILDING_TRUST);
		assertThat(Stage.REBUILDING_TRUST.next()).contains(Stage.TRIAL_PERIOD);
		assertThat(Stage.TRIAL_PERIOD.next()).isEmpty();
	}

}
