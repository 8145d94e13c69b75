package app.rekindle.progression;

import java.time.Instant;
import java.util.Optional;

/**
 * How reaching out is paced. After a message with no answer, or with a cold one, no new message is
 * marked sent for a while; after "not ready yet", reaching out pauses for longer; after several
 * messages in a row with no answer or a cold one, the gate suggests a step back.
 *
 * @param unansweredInARow the latest messages without any reply, counted back from the newest
 * @param coldOrUnansweredInARow the latest messages with no reply or a cold one, counted back from the newest
 * @param waitingFor why the next message has to wait, or {@link Wait#NONE}
 * @param nextSendAllowedAt when a new message may be marked sent, if that lies ahead
 * @param suggestPause whether to suggest going back to no contact or moving on
 */
public record OutreachPacing(int unansweredInARow, int coldOrUnansweredInARow, Wait waitingFor,
		Optional<Instant> nextSendAllowedAt, boolean suggestPause) {

	/** Why the next message waits. */
	public enum Wait {

		NONE,

		/** The newest message has no answer yet. */
		UNANSWERED,

		/** The newest message had a cold reply: that is not a green light, so it waits as long as silence would. */
		COLD,

		/** They said they are not ready yet: reaching out pauses. */
		NOT_READY

	}

	public boolean maySendAt(Instant instant) {
		return this.nextSendAllowedAt.map((allowed) -> !instant.isBefore(allowed)).orElse(true);
	}

	/** Whether reaching out is paused because they said they are not ready yet. */
	public boolean isPausedNotReady() {
		return this.waitingFor == Wait.NOT_READY;
	}

	/** Whether some of the messages counted towards {@link #suggestPause} had a cold reply, not silence. */
	public boolean anyColdInARow() {
		return this.coldOrUnansweredInARow > this.unansweredInARow;
	}

}
