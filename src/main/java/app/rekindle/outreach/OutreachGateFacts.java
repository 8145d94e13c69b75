package app.rekindle.outreach;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import app.rekindle.progression.JourneySnapshot.OutreachFacts;
import app.rekindle.progression.JourneySnapshot.OutreachFacts.SentMessage;
import app.rekindle.progression.OutreachFactsSource;
import app.rekindle.progression.Reply;

/**
 * Stage 3's facts for the gate, read from outreach's tables: the messages marked sent with what
 * the rules read in each reply and when it was logged, and the conversations' ratings.
 */
@Component
class OutreachGateFacts implements OutreachFactsSource {

	private static final String SENT_MESSAGES = """
			select d.sent_at, d.reply, d.replied_at from outreach_draft d
			 where d.journey_id = :journeyId and d.sent_at is not null
			""";

	private static final String REPLIES = """
			select d.reply from outreach_draft d
			 where d.journey_id = :journeyId and d.sent_at is not null
			""";

	private static final String CONVERSATION_RATINGS = "select rating from outreach_conversation where journey_id = :journeyId";

	private final JdbcClient jdbc;

	OutreachGateFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public OutreachFacts outreachFacts(long journeyId) {
		List<SentMessage> sent = this.jdbc.sql(SENT_MESSAGES)
			.param("journeyId", journeyId)
			.query((rs, row) -> new SentMessage(rs.getObject("sent_at", OffsetDateTime.class).toInstant(),
					reply(rs.getString("reply")), instant(rs.getObject("replied_at", OffsetDateTime.class))))
			.list();
		List<Integer> ratings = this.jdbc.sql(CONVERSATION_RATINGS).param("journeyId", journeyId).query(Integer.class).list();
		return new OutreachFacts(sent, ratings);
	}

	@Override
	public List<Reply> replies(long journeyId) {
		return this.jdbc.sql(REPLIES).param("journeyId", journeyId).query((rs, row) -> reply(rs.getString("reply"))).list();
	}

	private static Reply reply(String kind) {
		return forTheRules(ReplyKind.valueOf(kind));
	}

	/** What the gate's rules read in a kind of reply: a new kind says here which it is. */
	static Reply forTheRules(ReplyKind kind) {
		return switch (kind) {
			case NONE_YET -> Reply.NONE_YET;
			case WARM -> Reply.WARM;
			case NEUTRAL -> Reply.OTHER_ANSWER;
			case COLD -> Reply.COLD;
			case ASKED_FOR_NO_CONTACT -> Reply.ASKED_FOR_NO_CONTACT;
			case BLOCKED -> Reply.BLOCKED;
			case NOT_READY -> Reply.NOT_READY;
			case NO -> Reply.NO;
		};
	}

	private static Instant instant(OffsetDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}

}
