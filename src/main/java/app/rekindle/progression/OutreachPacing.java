package app.rekindle.progression;

import java.time.Instant;
import java.util.Optional;

/**
 * How reaching out is paced: after an unanswered message, no new one is marked sent for a while;
 * after several unanswered in a row, the gate suggests a pause.
 *
 * @param unansweredInARow the latest messages without any reply, counted back from the newest
 * @param nextSendAllowedAt when a new message may be marked sent, if that has to wait
 * @param suggestPause whether to suggest going back to no contact or moving on
 */
public record OutreachPacing(int unansweredInARow, Optional<Instant> nextSendAllowedAt, boolean suggestPause) {

	public boolean maySendAt(Instant instant) {
		return this.nextSendAllowedAt.map((allowed) -> !instant.isBefore(allowed)).orElse(true);
	}

}
