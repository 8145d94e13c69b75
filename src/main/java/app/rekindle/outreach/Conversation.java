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

/**
 * A call, video call or meeting, how it felt (1–5), and, once the person has looked back on it,
 * their {@link ConversationReview}, kept in the same row so that it goes wherever the
 * conversation goes.
 */
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

	@Enumerated(EnumType.STRING)
	@Column(name = "review_listened", length = 10)
	private ReviewAnswer reviewListened;

	@Enumerated(EnumType.STRING)
	@Column(name = "review_spoke_for_myself", length = 10)
	private ReviewAnswer reviewSpokeForMyself;

	@Enumerated(EnumType.STRING)
	@Column(name = "review_stayed_calm", length = 10)
	private ReviewAnswer reviewStayedCalm;

	@Enumerated(EnumType.STRING)
	@Column(name = "review_pushed", length = 10)
	private ReviewAnswer reviewPushed;

	@Convert(converter = EncryptedTextConverter.class)
	@Column(name = "review_note", length = 10800)
	private String reviewNote;

	@Column(name = "reviewed_at")
	private Instant reviewedAt;

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

	void review(ConversationReview review, Instant now) {
		this.reviewListened = review.listened();
		this.reviewSpokeForMyself = review.spokeForMyself();
		this.reviewStayedCalm = review.stayedCalm();
		this.reviewPushed = review.pushed();
		this.reviewNote = review.note();
		this.reviewedAt = now;
	}

	public boolean isReviewed() {
		return this.reviewedAt != null;
	}

	/** How the person looked back on it, or null before they have. */
	public ConversationReview getReview() {
		return isReviewed() ? new ConversationReview(this.reviewListened, this.reviewSpokeForMyself,
				this.reviewStayedCalm, this.reviewPushed, this.reviewNote) : null;
	}

	/** When they last looked back on it, or null. */
	public Instant getReviewedAt() {
		return this.reviewedAt;
	}

}
