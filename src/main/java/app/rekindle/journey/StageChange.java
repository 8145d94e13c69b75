package app.rekindle.journey;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import app.rekindle.privacy.EncryptedTextConverter;
import app.rekindle.progression.Stage;

/** One entry of a journey's timeline: from which stage to which, when, and why. */
@Entity
@Table(name = "journey_stage_change")
public class StageChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "journey_id")
	private Journey journey;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_stage", length = 20)
	private Stage fromStage;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_stage", nullable = false, length = 20)
	private Stage toStage;

	@Column(name = "changed_at", nullable = false)
	private Instant changedAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private StageChangeReason reason;

	@Convert(converter = EncryptedTextConverter.class)
	@Column(length = 10800)
	private String note;

	protected StageChange() {
	}

	StageChange(Journey journey, Stage fromStage, Stage toStage, Instant changedAt, StageChangeReason reason,
			String note) {
		this.journey = journey;
		this.fromStage = fromStage;
		this.toStage = toStage;
		this.changedAt = changedAt;
		this.reason = reason;
		this.note = note;
	}

	public Stage getFromStage() {
		return this.fromStage;
	}

	public Stage getToStage() {
		return this.toStage;
	}

	public Instant getChangedAt() {
		return this.changedAt;
	}

	public StageChangeReason getReason() {
		return this.reason;
	}

	public String getNote() {
		return this.note;
	}

}
