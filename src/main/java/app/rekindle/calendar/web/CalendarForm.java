package app.rekindle.calendar.web;

import java.time.LocalTime;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/** The daily reminder time, as "20:00" (what a time field sends) or "8:30". */
public class CalendarForm {

	@NotNull(message = "{calendar.reminderTime.required}")
	@DateTimeFormat(pattern = "HH:mm", fallbackPatterns = { "H:mm", "HH:mm:ss" })
	private LocalTime reminderTime;

	public CalendarForm() {
	}

	CalendarForm(LocalTime reminderTime) {
		this.reminderTime = reminderTime;
	}

	public LocalTime getReminderTime() {
		return this.reminderTime;
	}

	public void setReminderTime(LocalTime reminderTime) {
		this.reminderTime = reminderTime;
	}

}
