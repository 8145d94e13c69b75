package app.rekindle.calendar;

import java.time.Instant;
import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import app.rekindle.privacy.EncryptedTextConverter;

/**
 * A person's calendar feed: the secret address and the time of the daily check-in reminder, in
 * their own zone. An account has one or none; turning the feed off deletes it.
 */
@Entity
@Table(name = "calendar_feed")
class CalendarFeed {

	@Id
	@Column(name = "account_id")
	private Long accountId;

	/** Ciphertext of the 43-character token ({@code EncryptedTextConverter.columnLengthFor(43)} is 308). */
	@Convert(converter = EncryptedTextConverter.class)
	@Column(nullable = false, length = 320)
	private String token;

	@Column(name = "token_hash", nullable = false, length = 64)
	private String tokenHash;

	@Column(name = "reminder_time", nullable = false)
	private LocalTime reminderTime;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	/** Null until first stored, which is how a new feed is told from a changed one. */
	@Version
	private Long version;

	protected CalendarFeed() {
	}

	static CalendarFeed create(long accountId, String token, LocalTime reminderTime, Instant now) {
		CalendarFeed feed = new CalendarFeed();
		feed.accountId = accountId;
		feed.reminderTime = reminderTime;
		feed.replaceToken(token, now);
		return feed;
	}

	/** When the current address was made. */
	Instant getCreatedAt() {
		return this.createdAt;
	}

	String getToken() {
		return this.token;
	}

	LocalTime getReminderTime() {
		return this.reminderTime;
	}

	/** The old token stops working the moment this is stored: requests are looked up by the hash. */
	void replaceToken(String newToken, Instant now) {
		this.token = newToken;
		this.tokenHash = FeedToken.hash(newToken);
		this.createdAt = now;
	}

	void changeReminderTime(LocalTime reminderTime) {
		this.reminderTime = reminderTime;
	}

}
