package app.rekindle.nocontact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import app.rekindle.privacy.EncryptedTextConverter;

/** Something the person works on for themselves; it counts for the gate once it has progress. */
@Entity
@Table(name = "growth_goal")
public class GrowthGoal {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "journey_id", nullable = false, updatable = false)
	private Long journeyId;

	@Convert(converter = EncryptedTextConverter.class)
	@Column(nullable = false, length = 700)
	private String title;

	@Convert(converter = EncryptedTextConverter.class)
	@Column(length = 10800)
	private String why;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@OneToMany(mappedBy = "goal", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("day DESC, id DESC")
	private List<GoalProgress> progress = new ArrayList<>();

	protected GrowthGoal() {
	}

	GrowthGoal(long journeyId, String title, String why, Instant now) {
		this.journeyId = journeyId;
		this.title = title;
		this.why = why;
		this.createdAt = now;
	}

	void addProgress(LocalDate day, String what, Instant now) {
		this.progress.add(new GoalProgress(this, day, what, now));
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

	public String getTitle() {
		return this.title;
	}

	public String getWhy() {
		return this.why;
	}

	public List<GoalProgress> getProgress() {
		return Collections.unmodifiableList(this.progress);
	}

	public boolean hasProgress() {
		return !this.progress.isEmpty();
	}

}
