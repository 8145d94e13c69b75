package app.rekindle.trial;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import app.rekindle.privacy.EncryptedTextConverter;

/**
 * The day the two of them agreed the trial starts, from which checkpoints are counted, and the terms
 * they agreed with it: how many weeks, and what will be different (both null for a trial begun
 * before terms existed).
 */
@Entity
@Table(name = "trial_period")
public class TrialPeriod {

	@Id
	@Column(name = "journey_id")
	private Long journeyId;

	@Column(name = "started_on", nullable = false)
	private LocalDate startedOn;

	@Column(name = "agreed_weeks")
	private Integer agreedWeeks;

	@Convert(converter = EncryptedTextConverter.class)
	@Column(name = "what_will_differ", length = 10800)
	private String whatWillDiffer;

	/** Null until first stored, which is how a new start is told from a moved one. */
	@Version
	private Long version;

	protected TrialPeriod() {
	}

	TrialPeriod(long journeyId, LocalDate startedOn) {
		this.journeyId = journeyId;
		this.startedOn = startedOn;
	}

	void agree(TrialTerms terms) {
		this.startedOn = terms.startedOn();
		this.agreedWeeks = terms.weeks();
		this.whatWillDiffer = terms.whatWillDiffer();
	}

	public TrialTerms terms() {
		return new TrialTerms(this.startedOn, this.agreedWeeks, this.whatWillDiffer);
	}

	public Long getJourneyId() {
		return this.journeyId;
	}

	public LocalDate getStartedOn() {
		return this.startedOn;
	}

}
