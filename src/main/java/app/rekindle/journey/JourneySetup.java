package app.rekindle.journey;

import java.time.LocalDate;

/** What a person tells us to start a journey: only a nickname about the ex, and three facts. */
public record JourneySetup(String nickname, LocalDate breakupDate, LocalDate lastContactDate, int noContactDays) {

	@Override
	public String toString() {
		return "JourneySetup[breakupDate=" + this.breakupDate + ", lastContactDate=" + this.lastContactDate
				+ ", noContactDays=" + this.noContactDays + "]";
	}

}
