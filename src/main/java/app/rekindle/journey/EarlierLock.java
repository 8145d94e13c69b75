package app.rekindle.journey;

import java.time.Instant;

/** An ended journey of the account on which reaching out closed, as the person would know it. */
public record EarlierLock(long journeyId, String nickname, Instant endedAt) {

	@Override
	public String toString() {
		return "EarlierLock[journeyId=" + this.journeyId + ", endedAt=" + this.endedAt + "]";
	}

}
