package app.rekindle.progression;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import app.rekindle.progression.JourneySnapshot.TrialFacts;
import app.rekindle.progression.TrialStartBounds.Problem;

import static app.rekindle.progression.Fixtures.NOW;
import static app.rekindle.progression.Fixtures.RULES;
import static app.rekindle.progression.Fixtures.TODAY;
import static app.rekindle.progression.Fixtures.ZONE;
import static app.rekindle.progression.Fixtures.journey;
import static org.assertj.core.api.Assertions.assertThat;

/** The agreed start of a trial lies from the day the trial step began to today, never before it. */
class TrialStartBoundsTests {

	/** Midday in Berlin on 22 November 2026, as the application's clock would say it. */
	private static final Clock CLOCK = Clock.fixed(NOW, ZONE);

	private final int lastCheckpoint = RULES.trial().checkpointDays().get(RULES.trial().checkpointDays().size() - 1);

	@Test
	void onTheDayTheStepOpensOnlyThatDayIsAllowed() {
		TrialStartBounds bounds = TrialStartBounds.of(TODAY, CLOCK.instant(), ZONE);
		assertThat(bounds.check(TODAY)).isEmpty();
		assertThat(bounds.check(TODAY.minusDays(this.lastCheckpoint + 5))).contains(Problem.BEFORE_THE_STEP);
		assertThat(bounds.check(TODAY.minusDays(1))).contains(Problem.BEFORE_THE_STEP);
		assertThat(bounds.check(TODAY.plusDays(1))).contains(Problem.IN_THE_FUTURE);
	}

	@Test
	void laterAnyDayFromTheStepToTodayIsAllowed() {
		LocalDate stepBegan = TODAY.minusDays(10);
		TrialStartBounds bounds = TrialStartBounds.of(stepBegan, CLOCK.instant(), ZONE);
		assertThat(bounds.earliest()).isEqualTo(stepBegan);
		assertThat(bounds.latest()).isEqualTo(TODAY);
		assertThat(bounds.allows(stepBegan)).isTrue();
		assertThat(bounds.allows(TODAY.minusDays(4))).isTrue();
		assertThat(bounds.allows(TODAY)).isTrue();
		assertThat(bounds.allows(stepBegan.minusDays(1))).isFalse();
		assertThat(bounds.allows(TODAY.plusDays(1))).isFalse();
	}

	@Test
	void todayIsTheDayInThePersonsZone() {
		// 23:30 in UTC on 21 November is already 22 November in Berlin.
		Clock lateEvening = Clock.fixed(java.time.Instant.parse("2026-11-21T23:30:00Z"), java.time.ZoneOffset.UTC);
		TrialStartBounds bounds = TrialStartBounds.of(TODAY, lateEvening.instant(), ZONE);
		assertThat(bounds.allows(TODAY)).isTrue();
	}

	@Test
	void aStartOnTheDayTheStepBeganLeavesEveryCheckpointAheadNotDueAtOnce() {
		LocalDate stepBegan = TODAY;
		JourneySnapshot snapshot = JourneySnapshot.of(journey(Stage.TRIAL_PERIOD, TODAY.minusDays(200), TODAY.minusDays(210)))
			.with(new TrialFacts(TrialStartBounds.of(stepBegan, CLOCK.instant(), ZONE).earliest(), Set.of()));
		GateEvaluation gate = new GateRules(RULES).evaluate(snapshot, CLOCK.instant());
		assertThat(gate.requirements()).hasSize(RULES.trial().checkpointDays().size())
			.allSatisfy((requirement) -> assertThat(requirement.progress().code()).isEqualTo("gate.progress.checkpoint.upcoming"));
	}

}
