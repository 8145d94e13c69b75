package app.rekindle.reflection;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import app.rekindle.privacy.EncryptedTextConverter;
import app.rekindle.reflection.FixableAnswers.Changed;
import app.rekindle.reflection.FixableAnswers.OthersView;
import app.rekindle.reflection.FixableAnswers.Unforgivable;
import app.rekindle.reflection.FixableAnswers.WhoseHands;

/** The latest answers to "Can it be fixed?" of one journey. Offered in reflection, never required. */
@Entity
@Table(name = "fixable_check")
public class FixableCheck {

	@Id
	@Column(name = "journey_id")
	private Long journeyId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Unforgivable unforgivable;

	@Convert(converter = EncryptedTextConverter.class)
	@Column(name = "unforgivable_note", length = 10800)
	private String unforgivableNote;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Changed changed;

	@Convert(converter = EncryptedTextConverter.class)
	@Column(name = "changed_note", length = 10800)
	private String changedNote;

	@Convert(converter = EncryptedTextConverter.class)
	@Column(name = "must_be_different", length = 10800)
	private String mustBeDifferent;

	@Enumerated(EnumType.STRING)
	@Column(name = "whose_hands", nullable = false, length = 20)
	private WhoseHands whoseHands;

	@Enumerated(EnumType.STRING)
	@Column(name = "others_view", nullable = false, length = 20)
	private OthersView othersView;

	@Convert(converter = EncryptedTextConverter.class)
	@Column(name = "others_note", length = 10800)
	private String othersNote;

	@Column(name = "answered_at", nullable = false)
	private Instant answeredAt;

	/** Null until first stored, which is how a new answer sheet is told from a changed one. */
	@Version
	private Long version;

	protected FixableCheck() {
	}

	FixableCheck(long journeyId) {
		this.journeyId = journeyId;
	}

	void answer(FixableAnswers answers, Instant now) {
		this.unforgivable = answers.unforgivable();
		this.unforgivableNote = answers.unforgivableNote();
		this.changed = answers.changed();
		this.changedNote = answers.changedNote();
		this.mustBeDifferent = answers.mustBeDifferent();
		this.whoseHands = answers.whoseHands();
		this.othersView = answers.othersView();
		this.othersNote = answers.othersNote();
		this.answeredAt = now;
	}

	public Long getJourneyId() {
		return this.journeyId;
	}

	public FixableAnswers answers() {
		return new FixableAnswers(this.unforgivable, this.unforgivableNote, this.changed, this.changedNote,
				this.mustBeDifferent, this.whoseHands, this.othersView, this.othersNote);
	}

	public Instant getAnsweredAt() {
		return this.answeredAt;
	}

}
