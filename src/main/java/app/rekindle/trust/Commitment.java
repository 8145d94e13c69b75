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
import jakarta.persistence.Version;

import app.rekindle.privacy.EncryptedTextConverter;

/** A small, concrete promise with a due date, pending until it is kept or broken. */
@Entity
@Table(name = "trust_commitment")
public class Commitment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "journey_id", nullable = false, updatable = false)
	private Long journeyId;

	@Convert(converter = EncryptedTextConverter.class)
	@Column(nullable = false, length = 2800)
	private String promise;

	@Column(name = "due_on", nullable = false)
	private LocalDate dueOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private CommitmentState state;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Commitment() {
	}

	Commitment(long journeyId, String promise, LocalDate dueOn, CommitmentState state, Instant now) {
		this.journeyId = journeyId;
		this.promise = promise;
		this.dueOn = dueOn;
		this.state = state;
		this.createdAt = now;
	}

	void changeState(CommitmentState state) {
		this.state = state;
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

	public String getPromise() {
		return this.promise;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public CommitmentState getState() {
		return this.state;
	}

}
