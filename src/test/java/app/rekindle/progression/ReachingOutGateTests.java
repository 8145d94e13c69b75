package app.rekindle.progression;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import app.rekindle.progression.JourneySnapshot.OutreachFacts;
import app.rekindle.progression.JourneySnapshot.OutreachFacts.SentMessage;
import app.rekindle.progression.OutreachPacing.Wait;

import static app.rekindle.progression.Fixtures.GATE_RULES;
import static app.rekindle.progression.Fixtures.NOW;
import static app.rekindle.progression.Fixtures.RULES;
import static app.rekindle.progression.Fixtures.ZONE;
import static app.rekindle.progression.Fixtures.evaluate;
import static app.rekindle.progression.Fixtures.passingOutreach;
import static app.rekindle.progression.Fixtures.requirement;
import static org.assertj.core.api.Assertions.assertThat;

class ReachingOutGateTests {

	private static final RulesProperties.Outreach OUTREACH = RULES.outreach();

	@Test
	void passesWithEnoughWarmRepliesAndAGoodConversation() {
		GateEvaluation gate = evaluate(passingOutreach());
		assertThat(gate.isPassed()).isTrue();
		assertThat(gate.next()).contains(Stage.REBUILDING_TRUST);
	}

	static Stream<Arguments> warmReplies() {
		int min = OUTREACH.minWarmReplies();
		return Stream.of(Arguments.of(min - 1, false), Arguments.of(min, true), Arguments.of(min + 1, true));
	}

	@ParameterizedTest(name = "{0} warm replies")
	@MethodSource("warmReplies")
	void countsWarmRepliesOnly(int warm, boolean met) {
		List<SentMessage> sent = new ArrayList<>();
		sent.add(new SentMessage(NOW.minus(Duration.ofDays(40)), Reply.OTHER_ANSWER));
		sent.add(new SentMessage(NOW.minus(Duration.ofDays(35)), Reply.COLD));
		for (int i = 0; i < warm; i++) {
			sent.add(new SentMessage(NOW.minus(Duration.ofDays(20 - i)), Reply.WARM));
		}
		GateEvaluation gate = evaluate(passingOutreach()
			.with(new OutreachFacts(sent, passingOutreach().outreach().conversationRatings())));
		assertThat(requirement(gate, "outreach.warmReplies").isMet()).isEqualTo(met);
		assertThat(gate.isPassed()).isEqualTo(met);
	}

	static Stream<Arguments> conversationRatings() {
		int positive = OUTREACH.positiveConversationRating();
		int min = OUTREACH.minPositiveConversations();
		return Stream.of(Arguments.of("rated just below positive", Collections.nCopies(min, positive - 1), false),
				Arguments.of("rated positive", Collections.nCopies(min, positive), true),
				Arguments.of("one positive short", Collections.nCopies(min - 1, positive), false),
				Arguments.of("one positive more", Collections.nCopies(min + 1, 5), true));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("conversationRatings")
	void needsAConversationRatedPositive(String name, List<Integer> ratings, boolean met) {
		GateEvaluation gate = evaluate(
				passingOutreach().with(new OutreachFacts(passingOutreach().outreach().sentMessages(), ratings)));
		assertThat(requirement(gate, "outreach.conversations").isMet()).isEqualTo(met);
	}

	@Test
	void afterAnUnansweredMessageTheNextWaitsTheConfiguredDays() {
		Instant sent = NOW.minus(Duration.ofDays(3));
		GateEvaluation gate = evaluate(passingOutreach().with(new OutreachFacts(
				List.of(new SentMessage(NOW.minus(Duration.ofDays(9)), Reply.WARM), new SentMessage(sent, Reply.NONE_YET)),
				List.of())));
		OutreachPacing pacing = gate.pacing();
		Instant allowed = sent.atZone(ZONE).plusDays(OUTREACH.daysAfterUnansweredMessage()).toInstant();
		assertThat(pacing.unansweredInARow()).isEqualTo(1);
		assertThat(pacing.nextSendAllowedAt()).contains(allowed);
		assertThat(pacing.maySendAt(allowed.minusSeconds(1))).isFalse();
		assertThat(pacing.maySendAt(allowed)).isTrue();
		assertThat(pacing.suggestPause()).isFalse();
	}

	@Test
	void anAnsweredMessageLetsTheNextGoWhenReady() {
		OutreachPacing pacing = evaluate(passingOutreach()).pacing();
		assertThat(pacing.unansweredInARow()).isZero();
		assertThat(pacing.nextSendAllowedAt()).isEmpty();
		assertThat(pacing.maySendAt(NOW)).isTrue();
	}

	@Test
	void suggestsAPauseAfterTheConfiguredUnansweredMessagesInARow() {
		List<SentMessage> sent = new ArrayList<>();
		sent.add(new SentMessage(NOW.minus(Duration.ofDays(60)), Reply.WARM));
		int limit = OUTREACH.unansweredInARowBeforePause();
		for (int i = 0; i < limit; i++) {
			sent.add(new SentMessage(NOW.minus(Duration.ofDays(30 - 8L * i)), Reply.NONE_YET));
		}
		GateEvaluation justUnder = evaluate(passingOutreach().with(new OutreachFacts(sent.subList(0, limit), List.of())));
		GateEvaluation atLimit = evaluate(passingOutreach().with(new OutreachFacts(sent, List.of())));
		assertThat(justUnder.pacing().suggestPause()).isFalse();
		assertThat(atLimit.pacing().unansweredInARow()).isEqualTo(limit);
		assertThat(atLimit.pacing().suggestPause()).isTrue();
		assertThat(atLimit.notes()).contains(Text.of("gate.note.pause", limit));
	}

	@Test
	void aColdReplyIsNotAGreenLightTheNextWaitsAtLeastAsLongAsAfterSilence() {
		Instant sent = NOW.minus(Duration.ofDays(3));
		Instant replied = NOW.minus(Duration.ofDays(1));
		OutreachPacing unanswered = paced(new SentMessage(sent, Reply.NONE_YET)).pacing();
		GateEvaluation cold = paced(new SentMessage(sent, Reply.COLD, replied));

		Instant allowed = replied.atZone(ZONE).plusDays(OUTREACH.daysAfterUnansweredMessage()).toInstant();
		assertThat(cold.pacing().waitingFor()).isEqualTo(Wait.COLD);
		assertThat(cold.pacing().nextSendAllowedAt()).contains(allowed);
		assertThat(allowed).isAfterOrEqualTo(unanswered.nextSendAllowedAt().orElseThrow());
		assertThat(cold.pacing().maySendAt(allowed.minusSeconds(1))).isFalse();
		assertThat(cold.pacing().maySendAt(allowed)).isTrue();
		assertThat(SendDecision.decide(sent, NOW, cold, OUTREACH).reason()).isEqualTo(SendDecision.Reason.PACING);
		assertThat(cold.pacing().suggestPause()).isFalse();
		assertThat(cold.notes()).isEmpty();
	}

	@Test
	void aColdReplyLoggedBeforeItsTimeWasKeptWaitsFromTheSending() {
		Instant sent = NOW.minus(Duration.ofDays(2));
		OutreachPacing pacing = paced(new SentMessage(sent, Reply.COLD)).pacing();
		assertThat(pacing.waitingFor()).isEqualTo(Wait.COLD);
		assertThat(pacing.nextSendAllowedAt())
			.contains(sent.atZone(ZONE).plusDays(OUTREACH.daysAfterUnansweredMessage()).toInstant());
	}

	@Test
	void onceTheWaitAfterAColdReplyHasPassedNothingWaits() {
		Instant replied = NOW.minus(Duration.ofDays(OUTREACH.daysAfterUnansweredMessage()));
		OutreachPacing pacing = paced(new SentMessage(replied.minus(Duration.ofDays(1)), Reply.COLD, replied)).pacing();
		assertThat(pacing.waitingFor()).isEqualTo(Wait.NONE);
		assertThat(pacing.nextSendAllowedAt()).isEmpty();
		assertThat(pacing.maySendAt(NOW)).isTrue();
	}

	@ParameterizedTest
	@EnumSource(value = Reply.class, names = { "WARM", "OTHER_ANSWER" })
	void aWarmOrNeutralReplyLetsTheNextGoWhenReady(Reply reply) {
		OutreachPacing pacing = paced(new SentMessage(NOW.minus(Duration.ofDays(2)), reply, NOW.minus(Duration.ofHours(1))))
			.pacing();
		assertThat(pacing.waitingFor()).isEqualTo(Wait.NONE);
		assertThat(pacing.maySendAt(NOW)).isTrue();
	}

	@Test
	void notReadyYetPausesReachingOutUntilTheStartOfTheDayTheConfiguredDaysLater() {
		Instant replied = NOW.minus(Duration.ofDays(2));
		Instant sent = NOW.minus(Duration.ofDays(4));
		GateEvaluation gate = paced(new SentMessage(sent, Reply.NOT_READY, replied));

		LocalDate opensOn = replied.atZone(ZONE).toLocalDate().plusDays(OUTREACH.notReadyPauseDays());
		Instant opens = opensOn.atStartOfDay(ZONE).toInstant();
		OutreachPacing pacing = gate.pacing();
		assertThat(pacing.waitingFor()).isEqualTo(Wait.NOT_READY);
		assertThat(pacing.isPausedNotReady()).isTrue();
		assertThat(pacing.nextSendAllowedAt()).contains(opens);
		assertThat(pacing.maySendAt(opens.minusSeconds(1))).isFalse();
		assertThat(pacing.maySendAt(opens)).isTrue();
		assertThat(SendDecision.decide(sent, NOW, gate, OUTREACH).reason()).isEqualTo(SendDecision.Reason.PACING);
		assertThat(gate.notes()).containsExactly(Text.of("gate.note.notReady", opensOn));
		assertThat(gate.isLocked()).isFalse();
		assertThat(pacing.unansweredInARow()).isZero();
		assertThat(pacing.coldOrUnansweredInARow()).isZero();
	}

	@Test
	void notReadyYetEndsWhenItsDaysHavePassed() {
		Instant replied = NOW.minus(Duration.ofDays(2));
		JourneySnapshot snapshot = passingOutreach()
			.with(new OutreachFacts(List.of(new SentMessage(NOW.minus(Duration.ofDays(4)), Reply.NOT_READY, replied)),
					List.of()));
		Instant opens = replied.atZone(ZONE).toLocalDate().plusDays(OUTREACH.notReadyPauseDays()).atStartOfDay(ZONE).toInstant();

		GateEvaluation dayBefore = GATE_RULES.evaluate(snapshot, opens.minus(Duration.ofHours(1)));
		GateEvaluation then = GATE_RULES.evaluate(snapshot, opens);
		assertThat(dayBefore.pacing().isPausedNotReady()).isTrue();
		assertThat(then.pacing().waitingFor()).isEqualTo(Wait.NONE);
		assertThat(then.pacing().nextSendAllowedAt()).isEmpty();
		assertThat(then.notes()).isEmpty();
	}

	@Test
	void notReadyYetOnAnEarlierMessageStillHoldsThePause() {
		Instant replied = NOW.minus(Duration.ofDays(1));
		GateEvaluation gate = paced(new SentMessage(NOW.minus(Duration.ofDays(6)), Reply.NOT_READY, replied),
				new SentMessage(NOW.minus(Duration.ofDays(5)), Reply.NONE_YET));
		assertThat(gate.pacing().waitingFor()).isEqualTo(Wait.NOT_READY);
		assertThat(gate.pacing().nextSendAllowedAt())
			.contains(replied.atZone(ZONE).toLocalDate().plusDays(OUTREACH.notReadyPauseDays()).atStartOfDay(ZONE).toInstant());
	}

	/** Every mix of no answer and cold replies, as many in a row as suggest a step back, newest last. */
	static Stream<Arguments> coldOrUnansweredInARow() {
		int limit = OUTREACH.unansweredInARowBeforePause();
		List<Arguments> mixes = new ArrayList<>();
		for (int mask = 0; mask < (1 << limit); mask++) {
			List<Reply> replies = new ArrayList<>();
			for (int i = 0; i < limit; i++) {
				replies.add(((mask >> i) & 1) == 1 ? Reply.COLD : Reply.NONE_YET);
			}
			mixes.add(Arguments.of(replies));
		}
		return mixes.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("coldOrUnansweredInARow")
	void coldRepliesAndSilenceInARowSuggestAStepBack(List<Reply> replies) {
		int limit = OUTREACH.unansweredInARowBeforePause();
		List<SentMessage> sent = new ArrayList<>();
		sent.add(new SentMessage(NOW.minus(Duration.ofDays(90)), Reply.WARM));
		for (int i = 0; i < replies.size(); i++) {
			Instant at = NOW.minus(Duration.ofDays(60 - 10L * i));
			sent.add(new SentMessage(at, replies.get(i), (replies.get(i) == Reply.COLD) ? at.plus(Duration.ofDays(1)) : null));
		}
		GateEvaluation justUnder = paced(sent.subList(0, limit).toArray(SentMessage[]::new));
		GateEvaluation atLimit = paced(sent.toArray(SentMessage[]::new));

		assertThat(justUnder.pacing().suggestPause()).isFalse();
		assertThat(atLimit.pacing().coldOrUnansweredInARow()).isEqualTo(limit);
		assertThat(atLimit.pacing().suggestPause()).isTrue();
		boolean anyCold = replies.contains(Reply.COLD);
		assertThat(atLimit.notes()).containsExactly(anyCold ? Text.of("gate.note.pauseAfterCold", limit)
				: Text.of("gate.note.pause", limit));
	}

	@ParameterizedTest
	@EnumSource(value = Reply.class, names = { "WARM", "OTHER_ANSWER", "NOT_READY" })
	void anyOtherReplyBreaksTheRun(Reply between) {
		int limit = OUTREACH.unansweredInARowBeforePause();
		List<SentMessage> sent = new ArrayList<>();
		for (int i = 0; i < limit; i++) {
			sent.add(new SentMessage(NOW.minus(Duration.ofDays(200 - 10L * i)), Reply.COLD));
		}
		sent.add(new SentMessage(NOW.minus(Duration.ofDays(100)), between));
		for (int i = 0; i < limit - 1; i++) {
			sent.add(new SentMessage(NOW.minus(Duration.ofDays(60 - 10L * i)), Reply.COLD));
		}
		OutreachPacing pacing = paced(sent.toArray(SentMessage[]::new)).pacing();
		assertThat(pacing.coldOrUnansweredInARow()).isEqualTo(limit - 1);
		assertThat(pacing.suggestPause()).isFalse();
	}

	private static GateEvaluation paced(SentMessage... sent) {
		return evaluate(passingOutreach().with(new OutreachFacts(List.of(sent), List.of())));
	}

}
