package app.rekindle.journey.web;

import jakarta.validation.constraints.Size;

public class MoveOnForm {

	static final int NOTE_MAX = 2000;

	@Size(max = NOTE_MAX, message = "{journey.moveOn.note.tooLong}")
	private String note;

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	/** An empty note is no note. */
	String noteOrNull() {
		return (this.note == null || this.note.isBlank()) ? null : this.note.strip();
	}

}
