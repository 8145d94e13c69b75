package app.rekindle.trial.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

public class TrialStartForm {

	@NotNull(message = "{trial.start.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startedOn;

	TrialStartForm() {
	}

	TrialStartForm(LocalDate startedOn) {
		this.startedOn = startedOn;
	}

	public LocalDate getStartedOn() {
		return this.startedOn;
	}

	public void setStartedOn(LocalDate startedOn) {
		this.startedOn = startedOn;
	}

}
