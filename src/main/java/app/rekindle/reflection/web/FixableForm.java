package app.rekindle.reflection.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import app.rekindle.reflection.FixableAnswers;
import app.rekindle.reflection.FixableAnswers.Changed;
import app.rekindle.reflection.FixableAnswers.OthersView;
import app.rekindle.reflection.FixableAnswers.Unforgivable;
import app.rekindle.reflection.FixableAnswers.WhoseHands;

/** A choice for each of the four questions ("I'm not sure" is always one); the words beside them are optional. */
public class FixableForm {

	@NotNull(message = "{fixable.answer.required}")
	private Unforgivable unforgivable;

	@Size(max = EntryForm.TEXT_MAX, message = "{reflection.text.tooLong}")
	private String unforgivableNote;

	@NotNull(message = "{fixable.answer.required}")
	private Changed changed;

	@Size(max = EntryForm.TEXT_MAX, message = "{reflection.text.tooLong}")
	private String changedNote;

	@Size(max = EntryForm.TEXT_MAX, message = "{reflection.text.tooLong}")
	private String mustBeDifferent;

	@NotNull(message = "{fixable.answer.required}")
	private WhoseHands whoseHands;

	@NotNull(message = "{fixable.answer.required}")
	private OthersView othersView;

	@Size(max = EntryForm.TEXT_MAX, message = "{reflection.text.tooLong}")
	private String othersNote;

	static FixableForm of(FixableAnswers answers) {
		FixableForm form = new FixableForm();
		form.unforgivable = answers.unforgivable();
		form.unforgivableNote = answers.unforgivableNote();
		form.changed = answers.changed();
		form.changedNote = answers.changedNote();
		form.mustBeDifferent = answers.mustBeDifferent();
		form.whoseHands = answers.whoseHands();
		form.othersView = answers.othersView();
		form.othersNote = answers.othersNote();
		return form;
	}

	FixableAnswers toAnswers() {
		return new FixableAnswers(this.unforgivable, orNull(this.unforgivableNote), this.changed,
				orNull(this.changedNote), orNull(this.mustBeDifferent), this.whoseHands, this.othersView,
				orNull(this.othersNote));
	}

	private static String orNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public Unforgivable getUnforgivable() {
		return this.unforgivable;
	}

	public void setUnforgivable(Unforgivable unforgivable) {
		this.unforgivable = unforgivable;
	}

	public String getUnforgivableNote() {
		return this.unforgivableNote;
	}

	public void setUnforgivableNote(String unforgivableNote) {
		this.unforgivableNote = unforgivableNote;
	}

	public Changed getChanged() {
		return this.changed;
	}

	public void setChanged(Changed changed) {
		this.changed = changed;
	}

	public String getChangedNote() {
		return this.changedNote;
	}

	public void setChangedNote(String changedNote) {
		this.changedNote = changedNote;
	}

	public String getMustBeDifferent() {
		return this.mustBeDifferent;
	}

	public void setMustBeDifferent(String mustBeDifferent) {
		this.mustBeDifferent = mustBeDifferent;
	}

	public WhoseHands getWhoseHands() {
		return this.whoseHands;
	}

	public void setWhoseHands(WhoseHands whoseHands) {
		this.whoseHands = whoseHands;
	}

	public OthersView getOthersView() {
		return this.othersView;
	}

	public void setOthersView(OthersView othersView) {
		this.othersView = othersView;
	}

	public String getOthersNote() {
		return this.othersNote;
	}

	public void setOthersNote(String othersNote) {
		this.othersNote = othersNote;
	}

}
