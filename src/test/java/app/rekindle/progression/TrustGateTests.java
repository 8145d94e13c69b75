package app.rekindle.progression;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import app.rekindle.progression.JourneySnapshot.JourneyFacts;
import app.rekindle.progression.JourneySnapshot.TrustFacts;

import static app.rekindle.progression.Fixtures.RULES;
import static app.rekindle.progression.Fixtures.TODAY;
import static app.rekindle.progression.Fixtures.evaluate;
import static app.rekindle.progression.Fixtures.passingTrust;
import static app.rekindle.progression.Fixtures.requirement;
import static app.rekindle.progression.Fixtures.startOfDay;
import static org.assertj.core.api.Assertions.assertThat;

class TrustGateTests {

	private static final RulesProperties.Trust TRUST = RULES.trust();

	@Test
	void passesWhenEveryRequirementIsMetExactly() {
		GateEvaluation gate = evaluate(passingTrust());
		assertThat(gate.missing()).isEmpty();
		assertThat(gate.next()).contains(Stage.TRIAL_PERIOD);
	}

	@Test
	void needsTheApologyDelivered() {
		TrustFacts facts = passingTrust().trust();
		GateEvaluation gate = evaluate(passingTrust().with(new TrustFacts(null, facts.commitmentsMade(),
				facts.commitmentsKept(), facts.boundariesAgreedByBoth(), facts.activityRatings())));
		assertThat(requirement(gate, "trust.apology").isMet()).isFalse();
		assertThat(gate.isPassed()).isFalse();
	}

	static Stream<Arguments> counts() {
		return Stream.of(-1, 0, 1)
			.flatMap((delta) -> Stream.of(Arguments.of("trust.commitments", TRUST.minCommitments() + delta, delta >= 0),
					Arguments.of("trust.boundaries", TRUST.minBoundariesAgreed() + delta, delta >= 0),
					Arguments.of("trust.activities", TRUST.minActivities() + delta, delta >= 0)));
	}

	@ParameterizedTest(name = "{0} = {1}")
	@MethodSource("counts")
	void countsMeetTheirRequirementFromTheThresholdOn(String key, int count, boolean met) {
		TrustFacts base = passingTrust().trust();
		int rating = (int) Math.ceil(TRUST.minMeanActivityRating());
		TrustFacts facts = switch (key) {
			case "trust.commitments" -> new TrustFacts(base.apologyDeliveredOn(), count, count,
					base.boundariesAgreedByBoth(), base.activityRatings());
			case "trust.boundaries" -> new TrustFacts(base.apologyDeliveredOn(), base.commitmentsMade(),
					base.commitmentsKept(), count, base.activityRatings());
			default -> new TrustFacts(base.apologyDeliveredOn(), base.commitmentsMade(), base.commitmentsKept(),
					base.boundariesAgreedByBoth(), Collections.nCopies(count, rating));
		};
		assertThat(requirement(evaluate(passingTrust().with(facts)), key).isMet()).isEqualTo(met);
	}

	/** 100 commitments, so each kept one is one percent; the others are pending or broken. */
	@ParameterizedTest(name = "{0}% kept")
	@MethodSource("keptShares")
	void needsEnoughCommitmentsKept(int keptPercent, boolean met) {
		TrustFacts base = passingTrust().trust();
		GateEvaluation gate = evaluate(passingTrust().with(new TrustFacts(base.apologyDeliveredOn(), 100, keptPercent,
				base.boundariesAgreedByBoth(), base.activityRatings())));
		assertThat(requirement(gate, "trust.kept").isMet()).isEqualTo(met);
		assertThat(requirement(gate, "trust.kept").progress())
			.isEqualTo(Text.of("gate.progress.kept", (long) keptPercent, 100, keptPercent));
	}

	static Stream<Arguments> keptShares() {
		int min = TRUST.minKeptPercent();
		return Stream.of(Arguments.of(min - 1, false), Arguments.of(min, true), Arguments.of(min + 1, true));
	}

	/** Ten activities, so the total of ratings is ten times the mean. */
	@ParameterizedTest(name = "ratings adding up to {0} over 10")
	@MethodSource("ratingTotals")
	void needsSharedTimeRatedWellOnAverage(int total, boolean met) {
		List<Integer> ratings = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			ratings.add(total / 10 + ((i < total % 10) ? 1 : 0));
		}
		TrustFacts base = passingTrust().trust();
		GateEvaluation gate = evaluate(passingTrust().with(
				new TrustFacts(base.apologyDeliveredOn(), base.commitmentsMade(), base.commitmentsKept(),
						base.boundariesAgreedByBoth(), ratings)));
		assertThat(requirement(gate, "trust.rating").isMet()).isEqualTo(met);
	}

	static Stream<Arguments> ratingTotals() {
		int atMin = (int) Math.round(TRUST.minMeanActivityRating() * 10);
		return Stream.of(Arguments.of(atMin - 1, false), Arguments.of(atMin, true), Arguments.of(atMin + 1, true));
	}

	@ParameterizedTest(name = "{0} days in the stage")
	@MethodSource("daysInStage")
	void needsEnoughDaysInTheStage(int days, boolean met) {
		JourneyFacts base = passingTrust().journey();
		JourneyFacts facts = new JourneyFacts(base.stage(), base.zone(), base.startedAt(),
				startOfDay(TODAY.minusDays(days)), base.breakupDate(), base.lastContactDate(), base.noContactDays(),
				null);
		JourneySnapshot snapshot = new JourneySnapshot(facts, passingTrust().reflection(), passingTrust().noContact(),
				passingTrust().outreach(), passingTrust().trust(), passingTrust().trial(), Fixtures.none());
		assertThat(requirement(evaluate(snapshot), "trust.days").isMet()).isEqualTo(met);
	}

	static Stream<Arguments> daysInStage() {
		int min = TRUST.minDaysInStage();
		return Stream.of(Arguments.of(min - 1, false), Arguments.of(min, true), Arguments.of(min + 1, true));
	}

}
