package app.rekindle.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import app.rekindle.outreach.Conversation;
import app.rekindle.outreach.ConversationReview;
import app.rekindle.outreach.Draft;

/** Stage 3 of a journey: drafts (with when they were sent and the reply) and conversations, each with how the person looked back on it. */
public record OutreachExport(List<DraftData> drafts, List<ConversationData> conversations) {

	static OutreachExport of(List<Draft> drafts, List<Conversation> conversations) {
		return new OutreachExport(drafts.stream().map(DraftData::of).toList(),
				conversations.stream().map(ConversationData::of).toList());
	}

	/**
	 * {@code sentAt}, {@code reply} and {@code replyNote} are null until the person marked it sent;
	 * {@code repliedAt} is null until a reply is logged, and for replies logged before it was kept.
	 */
	public record DraftData(String channel, String body, LocalTime plannedSendTime, Instant createdAt,
			Instant restedSince, Instant sentAt, String reply, String replyNote, Instant repliedAt) {

		static DraftData of(Draft draft) {
			return new DraftData(draft.getChannel().name(), draft.getBody(), draft.getPlannedSendTime(),
					draft.getCreatedAt(), draft.getRestedSince(), draft.getSentAt(), Names.of(draft.getReply()),
					draft.getReplyNote(), draft.getRepliedAt());
		}

	}

	/** {@code review} is null until the person looked back on the conversation. */
	public record ConversationData(String kind, LocalDate heldOn, int rating, String note, Instant createdAt,
			ReviewData review) {

		static ConversationData of(Conversation conversation) {
			return new ConversationData(conversation.getKind().name(), conversation.getHeldOn(),
					conversation.getRating(), conversation.getNote(), conversation.getCreatedAt(),
					ReviewData.of(conversation));
		}

	}

	/** Looking back on a conversation: each answer {@code YES}, {@code PARTLY} or {@code NO}, and a note. */
	public record ReviewData(String listened, String spokeForMyself, String stayedCalm, String pushed, String note,
			Instant reviewedAt) {

		static ReviewData of(Conversation conversation) {
			ConversationReview review = conversation.getReview();
			if (review == null) {
				return null;
			}
			return new ReviewData(review.listened().name(), review.spokeForMyself().name(), review.stayedCalm().name(),
					review.pushed().name(), review.note(), conversation.getReviewedAt());
		}

		/** The answer to one of {@link ConversationReview#QUESTIONS}. */
		String answer(String question) {
			return switch (question) {
				case "listened" -> this.listened;
				case "spokeForMyself" -> this.spokeForMyself;
				case "stayedCalm" -> this.stayedCalm;
				case "pushed" -> this.pushed;
				default -> throw new IllegalArgumentException("No such question: " + question);
			};
		}

	}

}
