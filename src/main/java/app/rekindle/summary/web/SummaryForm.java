package app.rekindle.summary.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

import app.rekindle.summary.SummaryRange;
import app.rekindle.summary.SummaryWords;

/**
 * The period of a summary and which of the person's words it carries, from the query string. A bad
 * period is explained and the last 30 days shown. Without a period, the whole journey is shown, or
 * the last 30 days when there is no journey. Each kind of words is a checkbox whose hidden
 * {@code _name} marker (written by {@code th:field}) turns an unticked box into false; without any
 * of them, as on the first visit, the {@link SummaryWords#USUAL} choice stands.
 */
public class SummaryForm {

	static final String WHOLE_JOURNEY = "journey";

	static final String LAST_30_DAYS = "30";

	/** Null until chosen: the controller fills in the default once it knows whether there is a journey. */
	private String range;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate to;

	private boolean nickname = SummaryWords.USUAL.nickname();

	private boolean reflection = SummaryWords.USUAL.reflection();

	private boolean notes = SummaryWords.USUAL.notes();

	private boolean reachingOut = SummaryWords.USUAL.reachingOut();

	private boolean trust = SummaryWords.USUAL.trust();

	private boolean trial = SummaryWords.USUAL.trial();

	private Long journey;

	/** The whole journey when there is one, else the last 30 days; a period already chosen is kept. */
	void defaultRange(boolean hasJourney) {
		if (this.range == null || this.range.isBlank() || (WHOLE_JOURNEY.equals(this.range) && !hasJourney)) {
			this.range = hasJourney ? WHOLE_JOURNEY : LAST_30_DAYS;
		}
	}

	SummaryWords words() {
		return new SummaryWords(this.nickname, this.reflection, this.notes, this.reachingOut, this.trust, this.trial);
	}

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
		if (!valid || "30".equals(this.range) || ("journey".equals(this.range) && journeyStart == null)) {
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

	public boolean isNickname() {
		return this.nickname;
	}

	public void setNickname(boolean nickname) {
		this.nickname = nickname;
	}

	public boolean isReflection() {
		return this.reflection;
	}

	public void setReflection(boolean reflection) {
		this.reflection = reflection;
	}

	public boolean isReachingOut() {
		return this.reachingOut;
	}

	public void setReachingOut(boolean reachingOut) {
		this.reachingOut = reachingOut;
	}

	public boolean isTrust() {
		return this.trust;
	}

	public void setTrust(boolean trust) {
		this.trust = trust;
	}

	public boolean isTrial() {
		return this.trial;
	}

	public void setTrial(boolean trial) {
		this.trial = trial;
	}

	public Long getJourney() {
		return this.journey;
	}

	public void setJourney(Long journey) {
		this.journey = journey;
	}

}
