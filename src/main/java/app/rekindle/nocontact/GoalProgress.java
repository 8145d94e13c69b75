package app.rekindle.nocontact;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import app.rekindle.privacy.EncryptedTextConverter;

/** One step taken towards a growth goal: when, and what. */
@Entity
@Table(name = "goal_progress")
public class GoalProgress {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "goal_id")
	private GrowthGoal goal;

	@Column(name = "progress_day", nullable = false)
	private LocalDate day;

	@Convert(converter = EncryptedTextConverter.class)
	@Column(nullable = false, length = 10800)
	private String what;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected GoalProgress() {
	}

	GoalProgress(GrowthGoal goal, LocalDate day, String what, Instant now) {
		this.goal = goal;
		this.day = day;
		this.what = what;
		this.createdAt = now;
	}

	public LocalDate getDay() {
		return this.day;
	}

	public String getWhat() {
		return this.what;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
