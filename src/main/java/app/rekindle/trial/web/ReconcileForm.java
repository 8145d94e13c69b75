package app.rekindle.trial.web;

import jakarta.validation.constraints.Size;

public class ReconcileForm {

	@Size(max = 2000, message = "{text.tooLong2000}")
	private String note;

	String noteOrNull() {
		return (this.note == null || this.note.isBlank()) ? null : this.note.strip();
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
