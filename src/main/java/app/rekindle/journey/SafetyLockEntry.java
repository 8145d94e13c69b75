package app.rekindle.journey;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import app.rekindle.progression.SafetyConcern;

/** One reason reaching out closed for a journey. Never updated or removed: a lock stays. */
@Entity
@Table(name = "journey_safety_lock")
class SafetyLockEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "journey_id", nullable = false, updatable = false)
	private Long journeyId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30, updatable = false)
	private SafetyConcern concern;

	@Column(name = "recorded_at", nullable = false, updatable = false)
	private Instant recordedAt;

	protected SafetyLockEntry() {
	}

	SafetyLockEntry(long journeyId, SafetyConcern concern, Instant recordedAt) {
		this.journeyId = journeyId;
		this.concern = concern;
		this.recordedAt = recordedAt;
	}

	SafetyConcern getConcern() {
		return this.concern;
	}

}
