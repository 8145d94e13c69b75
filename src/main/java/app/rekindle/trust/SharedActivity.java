package app.rekindle.trust;

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

/** Time spent together, rated 1 to 5, with whether an old trigger came up. */
@Entity
@Table(name = "trust_activity")
public class SharedActivity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "journey_id", nullable = false, updatable = false)
	private Long journeyId;

	@Column(name = "happened_on", nullable = false)
	private LocalDate happenedOn;

	@Convert(converter = EncryptedTextConverter.class)
	@Column(nullable = false, length = 2800)
	private String what;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private ActivityKind kind;

	@Column(nullable = false)
	private int rating;

	@Column(name = "trigger_came_up", nullable = false)
	private boolean triggerCameUp;

	@Column(name = "trigger_id")
	private Long triggerId;

	@Convert(converter = EncryptedTextConverter.class)
	@Column(length = 10800)
	private String note;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected SharedActivity() {
	}

	SharedActivity(long journeyId, ActivityContent content, Instant now) {
		this.journeyId = journeyId;
		this.happenedOn = content.happenedOn();
		this.what = content.what();
		this.kind = content.kind();
		this.rating = content.rating();
		this.triggerCameUp = content.triggerCameUp();
		this.triggerId = content.triggerCameUp() ? content.triggerId() : null;
		this.note = content.note();
		this.createdAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public Long getJourneyId() {
		return this.journeyId;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public LocalDate getHappenedOn() {
		return this.happenedOn;
	}

	public String getWhat() {
		return this.what;
	}

	public ActivityKind getKind() {
		return this.kind;
	}

	public int getRating() {
		return this.rating;
	}

	public boolean isTriggerCameUp() {
		return this.triggerCameUp;
	}

	public Long getTriggerId() {
		return this.triggerId;
	}

	public String getNote() {
		return this.note;
	}

}
