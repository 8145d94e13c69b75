package app.rekindle.progression;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import app.rekindle.progression.JourneySnapshot.CarriedLockFacts;

import static app.rekindle.progression.Fixtures.NOW;
import static app.rekindle.progression.Fixtures.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lock carried over from an earlier journey with the same person: reaching out and
 * everything after it stay closed, reflection and no contact stay open, and only a lock of the
 * journey's own ends it.
 */
class CarriedLockTests {

	/** Every reason an earlier journey can have closed for: each concern on record, and the three replies that say no. */
	static Stream<Arguments> everyEarlierLock() {
		Stream<Arguments> concerns = Stream.of(SafetyConcern.values())
			.map((concern) -> Arguments.of(concern.name(), new CarriedLockFacts(true, Set.of(concern), List.of()), concern));
		Stream<Arguments> replies = Stream.of(
				Arguments.of("reply " + Reply.ASKED_FOR_NO_CONTACT,
						new CarriedLockFacts(true, Set.of(), List.of(Reply.WARM, Reply.ASKED_FOR_NO_CONTACT)),
						SafetyConcern.EX_ASKED_FOR_NO_CONTACT),
				Arguments.of("reply " + Reply.BLOCKED,
						new CarriedLockFacts(true, Set.of(), List.of(Reply.NONE_YET, Reply.BLOCKED)),
						SafetyConcern.EX_BLOCKED),
				Arguments.of("reply " + Reply.NO,
						new CarriedLockFacts(true, Set.of(), List.of(Reply.NOT_READY, Reply.NO)),
						SafetyConcern.EX_SAID_NO));
		return Stream.concat(concerns, replies);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyEarlierLock")
	void keepsReachingOutClosedButNoContactOpen(String reason, CarriedLockFacts carried, SafetyConcern concern) {
		GateEvaluation reflection = evaluate(Fixtures.passingReflection().with(carried));
		GateEvaluation noContact = evaluate(Fixtures.passingNoContact().with(carried));

		assertThat(reflection.safetyLock()).hasValueSatisfying((lock) -> {
			assertThat(lock.carriedOver()).isTrue();
			assertThat(lock.concerns()).containsExactly(concern);
		});
		assertThat(reflection.isLocked()).isTrue();
		assertThat(reflection.endsJourney()).isFalse();
		assertThat(reflection.isNextClosed()).isFalse();
		assertThat(reflection.isPassed()).isTrue();
		assertThat(reflection.requirements()).isEqualTo(evaluate(Fixtures.passingReflection()).requirements());

		assertThat(evaluate(Fixtures.passingNoContact()).isPassed()).isTrue();
		assertThat(noContact.isLocked()).isTrue();
		assertThat(noContact.endsJourney()).isFalse();
		assertThat(noContact.isNextClosed()).isTrue();
		assertThat(noContact.isPassed()).isFalse();
		assertThat(noContact.requirements()).isEmpty();
		assertThat(noContact.noContact().daysDone()).isEqualTo(evaluate(Fixtures.passingNoContact()).noContact().daysDone());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyEarlierLock")
	void refusesEverySendAndEndsAJourneyThatStandsInReachingOutOrLater(String reason, CarriedLockFacts carried,
			SafetyConcern concern) {
		GateEvaluation outreach = evaluate(Fixtures.passingOutreach().with(carried));
		GateEvaluation trust = evaluate(Fixtures.passingTrust().with(carried));
		Instant restedSince = NOW.minus(Duration.ofDays(3));

		assertThat(SendDecision.decide(restedSince, NOW, evaluate(Fixtures.passingOutreach()), Fixtures.RULES.outreach())
			.isAllowed()).isTrue();
		assertThat(SendDecision.decide(restedSince, NOW, outreach, Fixtures.RULES.outreach()).reason())
			.isEqualTo(SendDecision.Reason.LOCKED);
		assertThat(outreach.endsJourney()).isTrue();
		assertThat(outreach.isPassed()).isFalse();
		assertThat(trust.endsJourney()).isTrue();
		assertThat(trust.isPassed()).isFalse();
	}

	@ParameterizedTest
	@EnumSource(SafetyConcern.class)
	void aLockOfTheJourneysOwnComesFirstAndEndsIt(SafetyConcern own) {
		CarriedLockFacts carried = new CarriedLockFacts(true, Set.of(SafetyConcern.EX_BLOCKED), List.of());
		GateEvaluation gate = evaluate(Fixtures.passingReflection().with(carried).with(Set.of(own)));

		assertThat(gate.safetyLock()).hasValueSatisfying((lock) -> {
			assertThat(lock.carriedOver()).isFalse();
			assertThat(lock.concerns()).containsExactly(own);
		});
		assertThat(gate.endsJourney()).isTrue();
		assertThat(gate.isPassed()).isFalse();
	}

	@Test
	void aCarriedLockWithNoReasonOnRecordStillCloses() {
		GateEvaluation gate = evaluate(Fixtures.passingNoContact().with(new CarriedLockFacts(true, Set.of(), List.of())));

		assertThat(gate.safetyLock()).hasValueSatisfying((lock) -> assertThat(lock.concerns()).isEmpty());
		assertThat(gate.isPassed()).isFalse();
		assertThat(gate.isNextClosed()).isTrue();
	}

	@Test
	void repliesOfTheEarlierJourneyThatAreNotANoCarryNothingOnTheirOwnButTheLinkStillCloses() {
		GateEvaluation gate = evaluate(Fixtures.passingNoContact()
			.with(new CarriedLockFacts(true, Set.of(), List.of(Reply.WARM, Reply.OTHER_ANSWER))));

		assertThat(gate.safetyLock().get().concerns()).isEmpty();
		assertThat(gate.isPassed()).isFalse();
		assertThat(evaluate(Fixtures.passingNoContact().with(CarriedLockFacts.NONE)).isLocked()).isFalse();
	}

}
