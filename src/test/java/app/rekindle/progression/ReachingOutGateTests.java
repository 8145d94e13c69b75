package app.rekindle.progression;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import app.rekindle.progression.JourneySnapshot.OutreachFacts.SentMessage;
import app.rekindle.progression.JourneySnapshot.OutreachFacts;

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
		sent.add(new SentMessage(NOW.minus(Duration.ofDays(35)), Reply.OTHER_ANSWER));
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

}
