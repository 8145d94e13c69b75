package app.rekindle.trust;

import java.time.Instant;

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

/** A boundary, with whose it is and whether both have agreed to it. */
@Entity
@Table(name = "trust_boundary")
public class Boundary {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "journey_id", nullable = false, updatable = false)
	private Long journeyId;

	@Convert(converter = EncryptedTextConverter.class)
	@Column(nullable = false, length = 2800)
	private String description;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private Whose whose;

	@Column(name = "agreed_by_both", nullable = false)
	private boolean agreedByBoth;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Boundary() {
	}

	Boundary(long journeyId, BoundaryContent content, Instant now) {
		this.journeyId = journeyId;
		this.createdAt = now;
		change(content);
	}

	void change(BoundaryContent content) {
		this.description = content.description();
		this.whose = content.whose();
		this.agreedByBoth = content.agreedByBoth();
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

	public String getDescription() {
		return this.description;
	}

	public Whose getWhose() {
		return this.whose;
	}

	public boolean isAgreedByBoth() {
		return this.agreedByBoth;
	}

}
