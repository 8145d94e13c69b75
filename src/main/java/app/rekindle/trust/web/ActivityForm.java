package app.rekindle.trust.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

import app.rekindle.trust.ActivityContent;
import app.rekindle.trust.ActivityKind;

public class ActivityForm {

	static final int WHAT_MAX = 500;

	static final int NOTE_MAX = 2000;

	@NotNull(message = "{trust.activity.happenedOn.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate happenedOn;

	@NotBlank(message = "{trust.activity.what.required}")
	@Size(max = WHAT_MAX, message = "{trust.text.tooLong500}")
	private String what;

	@NotNull(message = "{trust.activity.kind.required}")
	private ActivityKind kind;

	@NotNull(message = "{trust.activity.rating.required}")
	@Min(value = 1, message = "{trust.activity.rating.range}")
	@Max(value = 5, message = "{trust.activity.rating.range}")
	private Integer rating;

	@NotNull(message = "{trust.activity.trigger.required}")
	private Boolean triggerCameUp;

	private Long triggerId;

	@Size(max = NOTE_MAX, message = "{trust.text.tooLong2000}")
	private String note;

	ActivityForm() {
	}

	ActivityForm(LocalDate happenedOn) {
		this.happenedOn = happenedOn;
	}

	void validate(Errors errors, LocalDate today) {
		if (this.happenedOn != null && this.happenedOn.isAfter(today)) {
			errors.rejectValue("happenedOn", "trust.date.future");
		}
	}

	ActivityContent toContent() {
		String trimmedNote = (this.note == null || this.note.isBlank()) ? null : this.note.strip();
		return new ActivityContent(this.happenedOn, this.what.strip(), this.kind, this.rating, this.triggerCameUp,
				this.triggerId, trimmedNote);
	}

	public LocalDate getHappenedOn() {
		return this.happenedOn;
	}

	public void setHappenedOn(LocalDate happenedOn) {
		this.happenedOn = happenedOn;
	}

	public String getWhat() {
		return this.what;
	}

	public void setWhat(String what) {
		this.what = what;
	}

	public ActivityKind getKind() {
		return this.kind;
	}

	public void setKind(ActivityKind kind) {
		this.kind = kind;
	}

	public Integer getRating() {
		return this.rating;
	}

	public void setRating(Integer rating) {
		this.rating = rating;
	}

	public Boolean getTriggerCameUp() {
		return this.triggerCameUp;
	}

	public void setTriggerCameUp(Boolean triggerCameUp) {
		this.triggerCameUp = triggerCameUp;
	}

	public Long getTriggerId() {
		return this.triggerId;
	}

	public void setTriggerId(Long triggerId) {
		this.triggerId = triggerId;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
