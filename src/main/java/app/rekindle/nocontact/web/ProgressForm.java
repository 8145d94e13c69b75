package app.rekindle.nocontact.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

public class ProgressForm {

	static final int WHAT_MAX = 2000;

	@NotNull(message = "{progress.day.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate day;

	@NotBlank(message = "{progress.what.required}")
	@Size(max = WHAT_MAX, message = "{text.tooLong2000}")
	private String what;

	ProgressForm() {
	}

	ProgressForm(LocalDate day) {
		this.day = day;
	}

	void validate(Errors errors, LocalDate today) {
		if (this.day != null && this.day.isAfter(today)) {
			errors.rejectValue("day", "journey.date.future");
		}
	}

	public LocalDate getDay() {
		return this.day;
	}

	public void setDay(LocalDate day) {
		this.day = day;
	}

	public String getWhat() {
		return this.what;
	}

	public void setWhat(String what) {
		this.what = what;
	}

}
