package app.rekindle.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import app.rekindle.outreach.Conversation;
import app.rekindle.outreach.Draft;

/** Stage 3 of a journey: drafts (with when they were sent and the reply) and conversations. */
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

	public record ConversationData(String kind, LocalDate heldOn, int rating, String note, Instant createdAt) {

		static ConversationData of(Conversation conversation) {
			return new ConversationData(conversation.getKind().name(), conversation.getHeldOn(),
					conversation.getRating(), conversation.getNote(), conversation.getCreatedAt());
		}

	}

}
