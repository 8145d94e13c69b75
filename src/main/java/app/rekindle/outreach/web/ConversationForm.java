package app.rekindle.outreach.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

import app.rekindle.outreach.ConversationKind;

public class ConversationForm {

	@NotNull(message = "{conversation.kind.required}")
	private ConversationKind kind;

	@NotNull(message = "{conversation.heldOn.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate heldOn;

	@NotNull(message = "{rating.required}")
	@Min(value = 1, message = "{rating.range}")
	@Max(value = 5, message = "{rating.range}")
	private Integer rating;

	@Size(max = 2000, message = "{text.tooLong2000}")
	private String note;

	ConversationForm() {
	}

	ConversationForm(LocalDate today) {
		this.heldOn = today;
	}

	void validate(Errors errors, LocalDate today) {
		if (this.heldOn != null && this.heldOn.isAfter(today)) {
			errors.rejectValue("heldOn", "journey.date.future");
		}
	}

	String noteOrNull() {
		return (this.note == null || this.note.isBlank()) ? null : this.note.strip();
	}

	public ConversationKind getKind() {
		return this.kind;
	}

	public void setKind(ConversationKind kind) {
		this.kind = kind;
	}

	public LocalDate getHeldOn() {
		return this.heldOn;
	}

	public void setHeldOn(LocalDate heldOn) {
		this.heldOn = heldOn;
	}

	public Integer getRating() {
		return this.rating;
	}

	public void setRating(Integer rating) {
		this.rating = rating;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
