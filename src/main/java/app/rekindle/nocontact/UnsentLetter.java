package app.rekindle.nocontact;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import app.rekindle.privacy.EncryptedTextConverter;

/** A letter written instead of a message: kept privately, never sent. */
@Entity
@Table(name = "unsent_letter")
public class UnsentLetter {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "account_id", nullable = false, updatable = false)
	private Long accountId;

	@Column(name = "journey_id", nullable = false, updatable = false)
	private Long journeyId;

	@Convert(converter = EncryptedTextConverter.class)
	@Column(nullable = false, length = 21500)
	private String body;

	@Column(name = "written_at", nullable = false, updatable = false)
	private Instant writtenAt;

	protected UnsentLetter() {
	}

	UnsentLetter(long accountId, long journeyId, String body, Instant now) {
		this.accountId = accountId;
		this.journeyId = journeyId;
		this.body = body;
		this.writtenAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public Long getJourneyId() {
		return this.journeyId;
	}

	public String getBody() {
		return this.body;
	}

	public Instant getWrittenAt() {
		return this.writtenAt;
	}

}
