package app.rekindle.reflection.web;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import app.rekindle.reflection.Motive;
import app.rekindle.reflection.MotivesCheck;

public class MotivesForm {

	@NotEmpty(message = "{motives.required}")
	private Set<Motive> motives = EnumSet.noneOf(Motive.class);

	@Size(max = EntryForm.TEXT_MAX, message = "{reflection.text.tooLong}")
	private String note;

	static MotivesForm of(MotivesCheck check) {
		MotivesForm form = new MotivesForm();
		form.motives = EnumSet.copyOf(check.getMotives());
		form.note = check.getNote();
		return form;
	}

	String noteOrNull() {
		return (this.note == null || this.note.isBlank()) ? null : this.note.strip();
	}

	public Set<Motive> getMotives() {
		return this.motives;
	}

	public void setMotives(Set<Motive> motives) {
		this.motives = (motives != null) ? motives : EnumSet.noneOf(Motive.class);
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
