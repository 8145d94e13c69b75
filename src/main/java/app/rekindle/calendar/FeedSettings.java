package app.rekindle.calendar;

import java.time.LocalTime;

/**
 * A feed as its owner sees it on the account page.
 *
 * @param token the secret part of the address
 * @param reminderTime when the daily check-in reminder rings, in the person's zone
 */
public record FeedSettings(String token, LocalTime reminderTime) {

	/** Keeps the token out of any log line a record might end up in. */
	@Override
	public String toString() {
		return "FeedSettings[token=(secret), reminderTime=" + this.reminderTime + "]";
	}

}
