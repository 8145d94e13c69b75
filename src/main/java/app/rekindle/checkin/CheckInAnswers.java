package app.rekindle.checkin;

import java.time.LocalDate;
import java.util.Set;


/** One day's answers, checked by the form: mood 1–5, urge 0–10, texts within their limits. */
public record CheckInAnswers(LocalDate day, int mood, int urge, ContactKind contact, Set<SelfCare> selfCare,
		String otherSelfCare, String note) {

	public CheckInAnswers {
		selfCare = Set.copyOf(selfCare);
	}

	@Override
	public String toString() {
		return "CheckInAnswers[day=" + this.day + ", mood=" + this.mood + ", urge=" + this.urge + ", contact="
				+ this.contact + "]";
	}

}
