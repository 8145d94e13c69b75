package app.rekindle.summary.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

import app.rekindle.summary.SummaryRange;

/** The period of a summary, from the query string; a bad one is explained and the last 30 days shown. */
public class SummaryForm {

	private String range = "30";

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate to;

	private boolean notes;

	private Long journey;

	void validate(Errors errors, LocalDate today) {
		if (!"30".equals(this.range) && !"90".equals(this.range) && !"journey".equals(this.range)
				&& !"custom".equals(this.range)) {
			errors.rejectValue("range", "summary.range.invalid");
			return;
		}
		if (!"custom".equals(this.range) || errors.hasFieldErrors("from") || errors.hasFieldErrors("to")) {
			return;
		}
		if (this.from == null) {
			errors.rejectValue("from", "summary.from.required");
		}
		if (this.to == null) {
			errors.rejectValue("to", "summary.to.required");
		}
		if (this.from != null && this.to != null) {
			if (this.from.isAfter(this.to)) {
				errors.rejectValue("from", "summary.range.order");
			}
			else if (this.to.isAfter(today)) {
				errors.rejectValue("to", "summary.range.future");
			}
			else if (this.from.isBefore(this.to.minusYears(10))) {
				errors.rejectValue("from", "summary.range.tooLong");
			}
		}
	}

	/** The range asked for, or the last 30 days when it could not be used. */
	SummaryRange toRange(boolean valid, LocalDate today, LocalDate journeyStart) {
		if (!valid || "30".equals(this.range)) {
			return new SummaryRange(today.minusDays(29), today, SummaryRange.Kind.LAST_30_DAYS);
		}
		if ("90".equals(this.range)) {
			return new SummaryRange(today.minusDays(89), today, SummaryRange.Kind.LAST_90_DAYS);
		}
		if ("journey".equals(this.range)) {
			LocalDate start = (journeyStart != null && journeyStart.isBefore(today)) ? journeyStart : today;
			return new SummaryRange(start, today, SummaryRange.Kind.WHOLE_JOURNEY);
		}
		return new SummaryRange(this.from, this.to, SummaryRange.Kind.CUSTOM);
	}

	public String getRange() {
		return this.range;
	}

	public void setRange(String range) {
		this.range = range;
	}

	public LocalDate getFrom() {
		return this.from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getTo() {
		return this.to;
	}

	public void setTo(LocalDate to) {
		this.to = to;
	}

	public boolean isNotes() {
		return this.notes;
	}

	public void setNotes(boolean notes) {
		this.notes = notes;
	}

	public Long getJourney() {
		return this.journey;
	}

	public void setJourney(Long journey) {
		this.journey = journey;
	}

}
