package app.rekindle.progression;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import app.rekindle.progression.JourneySnapshot.OutreachFacts;
import app.rekindle.progression.JourneySnapshot.OutreachFacts.SentMessage;

import static app.rekindle.progression.Fixtures.NOW;
import static app.rekindle.progression.Fixtures.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

class SafetyLockTests {

	/** A snapshot whose gate is otherwise open, for every stage that has one, and the outcome. */
	static Stream<Supplier<JourneySnapshot>> openGates() {
		return Stream.of(Fixtures::passingReflection, Fixtures::passingNoContact, Fixtures::passingOutreach,
				Fixtures::passingTrust, () -> JourneySnapshot.of(Fixtures.journey(Stage.TRIAL_PERIOD,
						Fixtures.TODAY.minusDays(100), Fixtures.TODAY.minusDays(110))));
	}

	static Stream<Arguments> everyConcernInEveryStage() {
		return openGates().flatMap((snapshot) -> Stream.of(SafetyConcern.values())
			.map((concern) -> Arguments.of(snapshot.get().journey().stage(), concern, snapshot)));
	}

	@ParameterizedTest(name = "{1} in {0}")
	@MethodSource("everyConcernInEveryStage")
	void everyConcernLocksEveryStage(Stage stage, SafetyConcern concern, Supplier<JourneySnapshot> snapshot) {
		GateEvaluation open = evaluate(snapshot.get());
		GateEvaluation locked = evaluate(snapshot.get().with(Set.of(concern)));

		assertThat(locked.safetyLock()).hasValueSatisfying((lock) -> assertThat(lock.concerns()).containsExactly(concern));
		assertThat(locked.isPassed()).isFalse();
		assertThat(locked.requirements()).isEqualTo(open.requirements());
		assertThat(locked.notes()).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(value = Reply.class, names = { "ASKED_FOR_NO_CONTACT", "BLOCKED", "NO" })
	void aNoFromTheExLocks(Reply reply) {
		JourneySnapshot snapshot = Fixtures.passingOutreach();
		List<SentMessage> sent = new java.util.ArrayList<>(snapshot.outreach().sentMessages());
		sent.add(new SentMessage(NOW.minus(Duration.ofDays(1)), reply));
		GateEvaluation gate = evaluate(snapshot.with(new OutreachFacts(sent, snapshot.outreach().conversationRatings())));
		assertThat(gate.isLocked()).isTrue();
		assertThat(gate.safetyLock().get().concerns()).containsExactly(switch (reply) {
			case BLOCKED -> SafetyConcern.EX_BLOCKED;
			case NO -> SafetyConcern.EX_SAID_NO;
			default -> SafetyConcern.EX_ASKED_FOR_NO_CONTACT;
		});
		assertThat(gate.safetyLock().get().isAboutSafety()).isFalse();
		assertThat(gate.isPassed()).isFalse();
	}

	@ParameterizedTest
	@EnumSource(value = Reply.class, names = { "NONE_YET", "WARM", "OTHER_ANSWER", "COLD", "NOT_READY" })
	void otherRepliesDoNotLock(Reply reply) {
		JourneySnapshot snapshot = Fixtures.passingOutreach();
		List<SentMessage> sent = new java.util.ArrayList<>(snapshot.outreach().sentMessages());
		sent.add(0, new SentMessage(NOW.minus(Duration.ofDays(30)), reply));
		assertThat(evaluate(snapshot.with(new OutreachFacts(sent, snapshot.outreach().conversationRatings()))).isLocked())
			.isFalse();
	}

	@ParameterizedTest
	@EnumSource(SafetyConcern.class)
	void tellsConcernsAboutThePersonsSafetyFromTheExsChoices(SafetyConcern concern) {
		boolean aboutSafety = Set.of(SafetyConcern.VIOLENCE, SafetyConcern.THREATS, SafetyConcern.COERCIVE_CONTROL,
				SafetyConcern.FEAR_OF_EX, SafetyConcern.PROTECTIVE_ORDER).contains(concern);
		assertThat(new SafetyLock(List.of(concern)).isAboutSafety()).isEqualTo(aboutSafety);
	}

}
