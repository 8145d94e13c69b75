package app.rekindle.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import app.rekindle.outreach.Conversation;
import app.rekindle.outreach.Draft;
import app.rekindle.outreach.ReplyKind;

/** Messages written and sent, the replies they got by kind, and the conversations and their mean rating. */
public record OutreachFigures(int drafts, int sent, Map<ReplyKind, Integer> replies, int conversations,
		BigDecimal meanConversationRating) {

	static OutreachFigures of(List<Draft> drafts, List<Conversation> conversations) {
		Map<ReplyKind, Integer> replies = new EnumMap<>(ReplyKind.class);
		int sent = 0;
		for (Draft draft : drafts) {
			if (draft.isSent()) {
				sent++;
				replies.merge(draft.getReply(), 1, Integer::sum);
			}
		}
		BigDecimal mean = conversations.isEmpty() ? null
				: BigDecimal.valueOf(conversations.stream().mapToInt(Conversation::getRating).average().orElse(0))
					.setScale(1, RoundingMode.HALF_UP);
		return new OutreachFigures(drafts.size(), sent, replies, conversations.size(), mean);
	}

	public boolean isEmpty() {
		return this.drafts == 0 && this.conversations == 0;
	}

}
