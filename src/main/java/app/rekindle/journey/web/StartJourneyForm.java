package app.rekindle.journey.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

import app.rekindle.journey.EarlierLock;
import app.rekindle.journey.JourneySetup;
import app.rekindle.progression.RulesProperties;

public class StartJourneyForm {

	static final int NICKNAME_MAX = 40;

	/** The answer "no, someone else" to the question about an earlier journey. */
	static final String NOT_THE_SAME_PERSON = "no";

	/** Emails, web addresses and phone-like numbers are more than a nickname. */
	private static final Pattern MORE_THAN_A_NICKNAME = Pattern.compile("@|https?:|www\\.|\\d[\\d\\s().+-]{4,}");

	@NotBlank(message = "{journey.nickname.required}")
	@Size(max = NICKNAME_MAX, message = "{journey.nickname.tooLong}")
	private String nickname;

	@NotNull(message = "{journey.breakupDate.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate breakupDate;

	@NotNull(message = "{journey.lastContactDate.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate lastContactDate;

	@NotNull(message = "{journey.noContactDays.required}")
	private Integer noContactDays;

	/**
	 * Asked only after reaching out closed on an earlier journey: {@link #NOT_THE_SAME_PERSON}, or
	 * the id of the earlier journey this one is with again.
	 */
	private String samePersonAs;

	public StartJourneyForm() {
	}

	StartJourneyForm(int noContactDays) {
		this.noContactDays = noContactDays;
	}

	/**
	 * The checks that need today's date in the person's zone, the configured limits, and the
	 * earlier journeys on which reaching out closed: with any, the question about them needs an
	 * answer that names one of them, or says no.
	 */
	void validate(Errors errors, LocalDate today, RulesProperties.NoContact rules, List<EarlierLock> earlierLocks) {
		if (!earlierLocks.isEmpty() && samePersonAs(earlierLocks).isEmpty()
				&& !NOT_THE_SAME_PERSON.equals(this.samePersonAs)) {
			errors.rejectValue("samePersonAs", "journey.samePersonAs.required");
		}
		if (this.nickname != null && MORE_THAN_A_NICKNAME.matcher(this.nickname).find()) {
			errors.rejectValue("nickname", "journey.nickname.onlyName");
		}
		if (this.breakupDate != null && this.breakupDate.isAfter(today)) {
			errors.rejectValue("breakupDate", "journey.date.future");
		}
		if (this.lastContactDate != null && this.lastContactDate.isAfter(today)) {
			errors.rejectValue("lastContactDate", "journey.date.future");
		}
		if (this.breakupDate != null && this.lastContactDate != null
				&& this.lastContactDate.isBefore(this.breakupDate.minusYears(1))) {
			errors.rejectValue("lastContactDate", "journey.lastContactDate.tooEarly");
		}
		if (this.noContactDays != null
				&& (this.noContactDays < rules.minDays() || this.noContactDays > rules.maxDays())) {
			errors.rejectValue("noContactDays", "journey.noContactDays.range",
					new Object[] { rules.minDays(), rules.maxDays() }, null);
		}
	}

	/** The earlier journey the person said this one is with again, if they named one of them. */
	Optional<Long> samePersonAs(List<EarlierLock> earlierLocks) {
		return earlierLocks.stream()
			.map(EarlierLock::journeyId)
			.filter((id) -> String.valueOf(id).equals(this.samePersonAs))
			.findFirst();
	}

	JourneySetup toSetup() {
		return new JourneySetup(this.nickname.strip(), this.breakupDate, this.lastContactDate, this.noContactDays);
	}

	public String getNickname() {
		return this.nickname;
	}

	public void setNickname(String nickname) {
		this.nickname = nickname;
	}

	public LocalDate getBreakupDate() {
		return this.breakupDate;
	}

	public void setBreakupDate(LocalDate breakupDate) {
		this.breakupDate = breakupDate;
	}

	public LocalDate getLastContactDate() {
		return this.lastContactDate;
	}

	public void setLastContactDate(LocalDate lastContactDate) {
		this.lastContactDate = lastContactDate;
	}

	public String getSamePersonAs() {
		return this.samePersonAs;
	}

	public void setSamePersonAs(String samePersonAs) {
		this.samePersonAs = samePersonAs;
	}

	public Integer getNoContactDays() {
		return this.noContactDays;
	}

	public void setNoContactDays(Integer noContactDays) {
		this.noContactDays = noContactDays;
	}

}
