package app.rekindle.progression;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import app.rekindle.progression.JourneySnapshot.OutreachFacts;
import app.rekindle.progression.JourneySnapshot.OutreachFacts.SentMessage;
import app.rekindle.progression.OutreachPacing.Wait;

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
	 * How the next message is paced at {@code at}. The newest message sets a wait when it has no
	 * answer (from when it was sent) or a cold one (from when that reply was logged): a cold reply
	 * is not a green light. Any "not ready yet" pauses reaching out until the start of the day
	 * {@code notReadyPauseDays} after it was logged. The wait that ends last counts, if it still
	 * lies ahead. Messages in a row with no answer or a cold one suggest a step back.
	 */
	static OutreachPacing pacing(JourneySnapshot snapshot, RulesProperties.Outreach rules, Instant at) {
		List<SentMessage> newestFirst = snapshot.outreach()
			.sentMessages()
			.stream()
			.sorted(Comparator.comparing(SentMessage::sentAt).reversed())
			.toList();
		int unanswered = inARow(newestFirst, EnumSet.of(Reply.NONE_YET));
		int coldOrUnanswered = inARow(newestFirst, EnumSet.of(Reply.NONE_YET, Reply.COLD));
		ZoneId zone = snapshot.journey().zone();
		Wait wait = Wait.NONE;
		Instant until = at;
		if (!newestFirst.isEmpty()) {
			SentMessage newest = newestFirst.get(0);
			if (newest.reply() == Reply.NONE_YET || newest.reply() == Reply.COLD) {
				Instant from = (newest.reply() == Reply.COLD) ? newest.repliedOrSentAt() : newest.sentAt();
				Instant end = from.atZone(zone).plusDays(rules.daysAfterUnansweredMessage()).toInstant();
				if (end.isAfter(until)) {
					wait = (newest.reply() == Reply.COLD) ? Wait.COLD : Wait.UNANSWERED;
					until = end;
				}
			}
		}
		for (SentMessage message : newestFirst) {
			if (message.reply() == Reply.NOT_READY) {
				Instant end = message.repliedOrSentAt()
					.atZone(zone)
					.toLocalDate()
					.plusDays(rules.notReadyPauseDays())
					.atStartOfDay(zone)
					.toInstant();
				if (end.isAfter(until)) {
					wait = Wait.NOT_READY;
					until = end;
				}
			}
		}
		Optional<Instant> next = (wait == Wait.NONE) ? Optional.empty() : Optional.of(until);
		return new OutreachPacing(unanswered, coldOrUnanswered, wait, next,
				coldOrUnanswered >= rules.unansweredInARowBeforePause());
	}

	private static int inARow(List<SentMessage> newestFirst, Set<Reply> replies) {
		int count = 0;
		for (SentMessage message : newestFirst) {
			if (!replies.contains(message.reply())) {
				break;
			}
			count++;
		}
		return count;
	}

}
