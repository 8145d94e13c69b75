package app.rekindle.trial;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import app.rekindle.privacy.EncryptedTextConverter;

/** The review at one checkpoint of the trial (day 30, 60 or 90 by default). */
@Entity
@Table(name = "trial_checkpoint")
public class Checkpoint {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "journey_id", nullable = false, updatable = false)
	private Long journeyId;

	@Column(name = "day_mark", nullable = false, updatable = false)
	private int dayMark;

	@Column(name = "changes_taken_seriously", nullable = false)
	private boolean changesTakenSeriously;

	@Column(name = "problems_solved_calmly", nullable = false)
	private boolean problemsSolvedCalmly;

	@Column(name = "closeness_both_enjoy", nullable = false)
	private boolean closenessBothEnjoy;

	@Column(name = "past_not_brought_up", nullable = false)
	private boolean pastNotBroughtUp;

	@Convert(converter = EncryptedTextConverter.class)
	@Column(length = 10800)
	private String note;

	@Column(name = "reviewed_on", nullable = false)
	private LocalDate reviewedOn;

	protected Checkpoint() {
	}

	Checkpoint(long journeyId, int dayMark) {
		this.journeyId = journeyId;
		this.dayMark = dayMark;
	}

	void review(CheckpointReview review, LocalDate today) {
		this.changesTakenSeriously = review.changesTakenSeriously();
		this.problemsSolvedCalmly = review.problemsSolvedCalmly();
		this.closenessBothEnjoy = review.closenessBothEnjoy();
		this.pastNotBroughtUp = review.pastNotBroughtUp();
		this.note = review.note();
		this.reviewedOn = today;
	}

	public Long getJourneyId() {
		return this.journeyId;
	}

	public int getDayMark() {
		return this.dayMark;
	}

	public CheckpointReview review() {
		return new CheckpointReview(this.changesTakenSeriously, this.problemsSolvedCalmly, this.closenessBothEnjoy,
				this.pastNotBroughtUp, this.note);
	}

	public LocalDate getReviewedOn() {
		return this.reviewedOn;
	}

}
