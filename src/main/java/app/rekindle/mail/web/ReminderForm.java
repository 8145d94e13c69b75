package app.rekindle.mail.web;

import java.time.LocalTime;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/** The time of day for the reminder e-mail, as "20:00" (what a time field sends) or "8:30". */
public class ReminderForm {

	@NotNull(message = "{reminders.time.required}")
	@DateTimeFormat(pattern = "HH:mm", fallbackPatterns = { "H:mm", "HH:mm:ss" })
	private LocalTime remindAt;

	public ReminderForm() {
	}

	ReminderForm(LocalTime remindAt) {
		this.remindAt = remindAt;
	}

	public LocalTime getRemindAt() {
		return this.remindAt;
	}

	public void setRemindAt(LocalTime remindAt) {
		this.remindAt = remindAt;
	}

}
