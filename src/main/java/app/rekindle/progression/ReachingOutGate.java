package app.rekindle.progression;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import app.rekindle.progression.JourneySnapshot.OutreachFacts;
import app.rekindle.progression.JourneySnapshot.OutreachFacts.SentMessage;

/** Gate 3→4 (warm replies and a good conversation) and the pacing of messages. */
final class ReachingOutGate {

	private ReachingOutGate() {
	}

	static List<Requirement> requirements(JourneySnapshot snapshot, RulesProperties.Outreach rules) {
		OutreachFacts facts = snapshot.outreach();
		int warm = (int) facts.sentMessages().stream().filter((message) -> message.reply() == Reply.WARM).count();
		int positive = (int) facts.conversationRatings()
			.stream()
			.filter((rating) -> rating >= rules.positiveConversationRating())
			.count();
		return List.of(Requirement.atLeast("outreach.warmReplies", warm, rules.minWarmReplies(), "replies"),
				Requirement.atLeast("outreach.conversations", positive, rules.minPositiveConversations(),
						"conversations"));
	}

	/**
	 * Counts the newest messages that have no reply; the newest of them sets when the next message
	 * may be marked sent.
	 */
	static OutreachPacing pacing(JourneySnapshot snapshot, RulesProperties.Outreach rules) {
		List<SentMessage> newestFirst = snapshot.outreach()
			.sentMessages()
			.stream()
			.sorted(Comparator.comparing(SentMessage::sentAt).reversed())
			.toList();
		int unanswered = 0;
		for (SentMessage message : newestFirst) {
			if (message.reply().isAnswered()) {
				break;
			}
			unanswered++;
		}
		ZoneId zone = snapshot.journey().zone();
		Optional<java.time.Instant> next = (unanswered == 0) ? Optional.empty()
				: Optional.of(newestFirst.get(0)
					.sentAt()
					.atZone(zone)
					.plusDays(rules.daysAfterUnansweredMessage())
					.toInstant());
		return new OutreachPacing(unanswered, next, unanswered >= rules.unansweredInARowBeforePause());
	}

}
