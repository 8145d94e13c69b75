package app.rekindle.outreach;

import java.time.Instant;
import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import app.rekindle.privacy.EncryptedTextConverter;

/**
 * A message the person may send themselves, outside the app. It rests after every change; once
 * marked sent it is fixed, and the reply it got is logged on it.
 */
@Entity
@Table(name = "outreach_draft")
public class Draft {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "journey_id", nullable = false, updatable = false)
	private Long journeyId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Channel channel;

	@Convert(converter = EncryptedTextConverter.class)
	@Column(nullable = false, length = 10800)
	private String body;

	@Column(name = "planned_send_time")
	private LocalTime plannedSendTime;

	@Column(name = "rested_since", nullable = false)
	private Instant restedSince;

	@Column(name = "sent_at")
	private Instant sentAt;

	@Enumerated(EnumType.STRING)
	@Column(length = 30)
	private ReplyKind reply;

	@Convert(converter = EncryptedTextConverter.class)
	@Column(name = "reply_note", length = 10800)
	private String replyNote;

	@Column(name = "replied_at")
	private Instant repliedAt;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Draft() {
	}

	Draft(long journeyId, DraftContent content, Instant now) {
		this.journeyId = journeyId;
		this.createdAt = now;
		change(content, now);
	}

	/** A change restarts the rest: the day of waiting is for the words that will be sent. */
	void change(DraftContent content, Instant now) {
		if (isSent()) {
			throw new IllegalStateException("A sent message cannot be changed");
		}
		this.channel = content.channel();
		this.body = content.body();
		this.plannedSendTime = content.plannedSendTime();
		this.restedSince = now;
	}

	void markSent(Instant now) {
		this.sentAt = now;
		this.reply = ReplyKind.NONE_YET;
	}

	/**
	 * Logs the reply. Its time is kept when the kind changes, so that a pause or a wait counts
	 * from the day they answered; a changed note alone does not move it.
	 */
	void logReply(ReplyKind reply, String note, Instant now) {
		if (!isSent()) {
			throw new IllegalStateException("Only a sent message can have a reply");
		}
		if (reply != this.reply) {
			this.repliedAt = (reply == ReplyKind.NONE_YET) ? null : now;
		}
		this.reply = reply;
		this.replyNote = note;
	}

	public boolean isSent() {
		return this.sentAt != null;
	}

	public Long getId() {
		return this.id;
	}

	public Long getJourneyId() {
		return this.journeyId;
	}

	public Channel getChannel() {
		return this.channel;
	}

	public String getBody() {
		return this.body;
	}

	public LocalTime getPlannedSendTime() {
		return this.plannedSendTime;
	}

	public Instant getRestedSince() {
		return this.restedSince;
	}

	public Instant getSentAt() {
		return this.sentAt;
	}

	public ReplyKind getReply() {
		return this.reply;
	}

	public String getReplyNote() {
		return this.replyNote;
	}

	/** When the reply was logged (null while there is none, and for replies logged before this was kept). */
	public Instant getRepliedAt() {
		return this.repliedAt;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
