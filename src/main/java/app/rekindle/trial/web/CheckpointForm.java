package app.rekindle.trial.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import app.rekindle.trial.CheckpointReview;
import app.rekindle.trial.RedFlag;

/**
 * A checkpoint's review: yes or not yet to each question, what is missing for each "not yet"
 * (optional), any red flags, and a note.
 */
public class CheckpointForm {

	static final int MISSING_MAX = 1000;

	/**
	 * The four questions in the order the page asks them, each with the field of what is missing
	 * after a "not yet". The question, the suggested conversation and the example are messages:
	 * {@code trial.question.<answer>}, {@code trial.talk.<answer>}, {@code trial.missing.<answer>.placeholder}.
	 */
	static final List<Question> QUESTIONS = List.of(new Question("changesTakenSeriously", "changesMissing"),
			new Question("problemsSolvedCalmly", "problemsMissing"), new Question("closenessBothEnjoy", "closenessMissing"),
			new Question("pastNotBroughtUp", "pastMissing"));

	/** The fields the page binds, the confirmation's hidden ones among them. */
	static final String[] FIELDS = { "changesTakenSeriously", "problemsSolvedCalmly", "closenessBothEnjoy",
			"pastNotBroughtUp", "changesMissing", "problemsMissing", "closenessMissing", "pastMissing", "redFlags",
			"note" };

	@NotNull(message = "{trial.answer.required}")
	private Boolean changesTakenSeriously;

	@NotNull(message = "{trial.answer.required}")
	private Boolean problemsSolvedCalmly;

	@NotNull(message = "{trial.answer.required}")
	private Boolean closenessBothEnjoy;

	@NotNull(message = "{trial.answer.required}")
	private Boolean pastNotBroughtUp;

	@Size(max = MISSING_MAX, message = "{text.tooLong1000}")
	private String changesMissing;

	@Size(max = MISSING_MAX, message = "{text.tooLong1000}")
	private String problemsMissing;

	@Size(max = MISSING_MAX, message = "{text.tooLong1000}")
	private String closenessMissing;

	@Size(max = MISSING_MAX, message = "{text.tooLong1000}")
	private String pastMissing;

	private Set<RedFlag> redFlags = EnumSet.noneOf(RedFlag.class);

	@Size(max = 2000, message = "{text.tooLong2000}")
	private String note;

	static CheckpointForm of(CheckpointReview review) {
		CheckpointForm form = new CheckpointForm();
		form.changesTakenSeriously = review.changesTakenSeriously();
		form.problemsSolvedCalmly = review.problemsSolvedCalmly();
		form.closenessBothEnjoy = review.closenessBothEnjoy();
		form.pastNotBroughtUp = review.pastNotBroughtUp();
		form.changesMissing = review.changesMissing();
		form.problemsMissing = review.problemsMissing();
		form.closenessMissing = review.closenessMissing();
		form.pastMissing = review.pastMissing();
		form.setRedFlags(review.redFlags());
		form.note = review.note();
		return form;
	}

	/** The review as answered; only valid once every question has an answer. */
	CheckpointReview toReview() {
		return new CheckpointReview(this.changesTakenSeriously, this.problemsSolvedCalmly, this.closenessBothEnjoy,
				this.pastNotBroughtUp, trimmed(this.note), trimmed(this.changesMissing), trimmed(this.problemsMissing),
				trimmed(this.closenessMissing), trimmed(this.pastMissing), this.redFlags);
	}

	private static String trimmed(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public Boolean getChangesTakenSeriously() {
		return this.changesTakenSeriously;
	}

	public void setChangesTakenSeriously(Boolean changesTakenSeriously) {
		this.changesTakenSeriously = changesTakenSeriously;
	}

	public Boolean getProblemsSolvedCalmly() {
		return this.problemsSolvedCalmly;
	}

	public void setProblemsSolvedCalmly(Boolean problemsSolvedCalmly) {
		this.problemsSolvedCalmly = problemsSolvedCalmly;
	}

	public Boolean getClosenessBothEnjoy() {
		return this.closenessBothEnjoy;
	}

	public void setClosenessBothEnjoy(Boolean closenessBothEnjoy) {
		this.closenessBothEnjoy = closenessBothEnjoy;
	}

	public Boolean getPastNotBroughtUp() {
		return this.pastNotBroughtUp;
	}

	public void setPastNotBroughtUp(Boolean pastNotBroughtUp) {
		this.pastNotBroughtUp = pastNotBroughtUp;
	}

	public String getChangesMissing() {
		return this.changesMissing;
	}

	public void setChangesMissing(String changesMissing) {
		this.changesMissing = changesMissing;
	}

	public String getProblemsMissing() {
		return this.problemsMissing;
	}

	public void setProblemsMissing(String problemsMissing) {
		this.problemsMissing = problemsMissing;
	}

	public String getClosenessMissing() {
		return this.closenessMissing;
	}

	public void setClosenessMissing(String closenessMissing) {
		this.closenessMissing = closenessMissing;
	}

	public String getPastMissing() {
		return this.pastMissing;
	}

	public void setPastMissing(String pastMissing) {
		this.pastMissing = pastMissing;
	}

	public Set<RedFlag> getRedFlags() {
		return this.redFlags;
	}

	public void setRedFlags(Set<RedFlag> redFlags) {
		this.redFlags = EnumSet.noneOf(RedFlag.class);
		if (redFlags != null) {
			redFlags.stream().filter(java.util.Objects::nonNull).forEach(this.redFlags::add);
		}
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	/** A question of the review: the field of its answer and the field of what is missing. */
	public record Question(String answer, String missing) {
	}

}
