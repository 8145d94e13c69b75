package app.rekindle.journey.web;

import java.time.LocalDate;
import java.util.regex.Pattern;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

import app.rekindle.journey.JourneySetup;
import app.rekindle.progression.RulesProperties;

public class StartJourneyForm {

	static final int NICKNAME_MAX = 40;

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

	public StartJourneyForm() {
	}

	StartJourneyForm(int noContactDays) {
		this.noContactDays = noContactDays;
	}

	/** The checks that need today's date in the person's zone and the configured limits. */
	void validate(Errors errors, LocalDate today, RulesProperties.NoContact rules) {
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

	public Integer getNoContactDays() {
		return this.noContactDays;
	}

	public void setNoContactDays(Integer noContactDays) {
		this.noContactDays = noContactDays;
	}

}
