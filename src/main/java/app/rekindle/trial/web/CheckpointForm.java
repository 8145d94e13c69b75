package app.rekindle.trial.web;

import jakarta.validation.constraints.Size;

import app.rekindle.trial.CheckpointReview;

public class CheckpointForm {

	private boolean changesTakenSeriously;

	private boolean problemsSolvedCalmly;

	private boolean closenessBothEnjoy;

	private boolean pastNotBroughtUp;

	@Size(max = 2000, message = "{text.tooLong2000}")
	private String note;

	static CheckpointForm of(CheckpointReview review) {
		CheckpointForm form = new CheckpointForm();
		form.changesTakenSeriously = review.changesTakenSeriously();
		form.problemsSolvedCalmly = review.problemsSolvedCalmly();
		form.closenessBothEnjoy = review.closenessBothEnjoy();
		form.pastNotBroughtUp = review.pastNotBroughtUp();
		form.note = review.note();
		return form;
	}

	CheckpointReview toReview() {
		String trimmed = (this.note == null || this.note.isBlank()) ? null : this.note.strip();
		return new CheckpointReview(this.changesTakenSeriously, this.problemsSolvedCalmly, this.closenessBothEnjoy,
				this.pastNotBroughtUp, trimmed);
	}

	public boolean isChangesTakenSeriously() {
		return this.changesTakenSeriously;
	}

	public void setChangesTakenSeriously(boolean changesTakenSeriously) {
		this.changesTakenSeriously = changesTakenSeriously;
	}

	public boolean isProblemsSolvedCalmly() {
		return this.problemsSolvedCalmly;
	}

	public void setProblemsSolvedCalmly(boolean problemsSolvedCalmly) {
		this.problemsSolvedCalmly = problemsSolvedCalmly;
	}

	public boolean isClosenessBothEnjoy() {
		return this.closenessBothEnjoy;
	}

	public void setClosenessBothEnjoy(boolean closenessBothEnjoy) {
		this.closenessBothEnjoy = closenessBothEnjoy;
	}

	public boolean isPastNotBroughtUp() {
		return this.pastNotBroughtUp;
	}

	public void setPastNotBroughtUp(boolean pastNotBroughtUp) {
		this.pastNotBroughtUp = pastNotBroughtUp;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
