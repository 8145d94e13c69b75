package app.rekindle.outreach;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import app.rekindle.privacy.EncryptedTextConverter;

/** A call, video call or meeting, and how it felt (1–5). */
@Entity
@Table(name = "outreach_conversation")
public class Conversation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "journey_id", nullable = false, updatable = false)
	private Long journeyId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ConversationKind kind;

	@Column(name = "held_on", nullable = false)
	private LocalDate heldOn;

	@Column(nullable = false)
	private int rating;

	@Convert(converter = EncryptedTextConverter.class)
	@Column(length = 10800)
	private String note;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected Conversation() {
	}

	Conversation(long journeyId, ConversationKind kind, LocalDate heldOn, int rating, String note, Instant now) {
		this.journeyId = journeyId;
		this.kind = kind;
		this.heldOn = heldOn;
		this.rating = rating;
		this.note = note;
		this.createdAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public Long getJourneyId() {
		return this.journeyId;
	}

	public ConversationKind getKind() {
		return this.kind;
	}

	public LocalDate getHeldOn() {
		return this.heldOn;
	}

	public int getRating() {
		return this.rating;
	}

	public String getNote() {
		return this.note;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
