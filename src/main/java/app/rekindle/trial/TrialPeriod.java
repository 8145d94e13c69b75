package app.rekindle.trial;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The day the two of them agreed the trial starts; checkpoints are counted from it. */
@Entity
@Table(name = "trial_period")
public class TrialPeriod {

	@Id
	@Column(name = "journey_id")
	private Long journeyId;

	@Column(name = "started_on", nullable = false)
	private LocalDate startedOn;

	/** Null until first stored, which is how a new start is told from a moved one. */
	@Version
	private Long version;

	protected TrialPeriod() {
	}

	TrialPeriod(long journeyId, LocalDate startedOn) {
		this.journeyId = journeyId;
		this.startedOn = startedOn;
	}

	void moveStart(LocalDate startedOn) {
		this.startedOn = startedOn;
	}

	public Long getJourneyId() {
		return this.journeyId;
	}

	public LocalDate getStartedOn() {
		return this.startedOn;
	}

}
