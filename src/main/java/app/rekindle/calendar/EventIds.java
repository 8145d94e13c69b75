package app.rekindle.calendar;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The UIDs of a feed's events. A calendar app keeps events by UID, so each must stay the same from
 * one fetch to the next (the app then updates the event instead of adding a copy), yet say nothing:
 * it is an HMAC-SHA256 of what the event is, keyed with the secret token of the feed's address.
 * No account or journey number can be read from it or guessed into it, and a new address gives
 * every event new UIDs, so the old feed and the new one cannot be matched to each other.
 */
final class EventIds {

	private static final String ALGORITHM = "HmacSHA256";

	/** 128 bits, written as 32 hex digits: ample to keep a handful of events apart. */
	private static final int BYTES = 16;

	private final SecretKeySpec key;

	private EventIds(SecretKeySpec key) {
		this.key = key;
	}

	static EventIds keyedBy(String token) {
		return new EventIds(new SecretKeySpec(token.getBytes(StandardCharsets.US_ASCII), ALGORITHM));
	}

	/** The daily reminder: one per feed, whatever its time. */
	String dailyNote() {
		return of("daily-note");
	}

	/** The goal day of one journey: the same event when a slip moves its date. */
	String goalDay(long journeyId) {
		return of("goal-day/" + journeyId);
	}

	private String of(String identity) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.key);
			byte[] digest = mac.doFinal(identity.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, BYTES);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Every Java runtime has HmacSHA256", ex);
		}
	}

	/** Keeps the key out of any log line. */
	@Override
	public String toString() {
		return "EventIds[key=(secret)]";
	}

}
