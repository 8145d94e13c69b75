package app.rekindle.trial;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

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

	@Convert(converter = EncryptedTextConverter.class)
	@Column(name = "changes_missing", length = 5500)
	private String changesMissing;

	@Convert(converter = EncryptedTextConverter.class)
	@Column(name = "problems_missing", length = 5500)
	private String problemsMissing;

	@Convert(converter = EncryptedTextConverter.class)
	@Column(name = "closeness_missing", length = 5500)
	private String closenessMissing;

	@Convert(converter = EncryptedTextConverter.class)
	@Column(name = "past_missing", length = 5500)
	private String pastMissing;

	@Convert(converter = RedFlagSetConverter.class)
	@Column(name = "red_flags", nullable = false, length = 100)
	private Set<RedFlag> redFlags = EnumSet.noneOf(RedFlag.class);

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
		this.changesMissing = review.changesMissing();
		this.problemsMissing = review.problemsMissing();
		this.closenessMissing = review.closenessMissing();
		this.pastMissing = review.pastMissing();
		this.redFlags = EnumSet.noneOf(RedFlag.class);
		this.redFlags.addAll(review.redFlags());
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
				this.pastNotBroughtUp, this.note, this.changesMissing, this.problemsMissing, this.closenessMissing,
				this.pastMissing, this.redFlags);
	}

	public LocalDate getReviewedOn() {
		return this.reviewedOn;
	}

}
