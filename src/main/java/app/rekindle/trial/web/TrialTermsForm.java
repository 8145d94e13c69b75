package app.rekindle.trial.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import app.rekindle.trial.TrialTerms;

/** The terms of the trial: the agreed start, how many weeks, and what will be different. */
public class TrialTermsForm {

	static final int MIN_WEEKS = 1;

	static final int MAX_WEEKS = 52;

	static final int WHAT_WILL_DIFFER_MAX = 2000;

	@NotNull(message = "{trial.start.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startedOn;

	@NotNull(message = "{trial.weeks.required}")
	@Min(value = MIN_WEEKS, message = "{trial.weeks.range}")
	@Max(value = MAX_WEEKS, message = "{trial.weeks.range}")
	private Integer weeks;

	@NotBlank(message = "{trial.whatWillDiffer.required}")
	@Size(max = WHAT_WILL_DIFFER_MAX, message = "{text.tooLong2000}")
	private String whatWillDiffer;

	TrialTermsForm() {
	}

	static TrialTermsForm of(TrialTerms terms) {
		TrialTermsForm form = new TrialTermsForm();
		form.startedOn = terms.startedOn();
		form.weeks = terms.weeks();
		form.whatWillDiffer = terms.whatWillDiffer();
		return form;
	}

	TrialTerms toTerms() {
		return new TrialTerms(this.startedOn, this.weeks, this.whatWillDiffer.strip());
	}

	public LocalDate getStartedOn() {
		return this.startedOn;
	}

	public void setStartedOn(LocalDate startedOn) {
		this.startedOn = startedOn;
	}

	public Integer getWeeks() {
		return this.weeks;
	}

	public void setWeeks(Integer weeks) {
		this.weeks = weeks;
	}

	public String getWhatWillDiffer() {
		return this.whatWillDiffer;
	}

	public void setWhatWillDiffer(String whatWillDiffer) {
		this.whatWillDiffer = whatWillDiffer;
	}

}
