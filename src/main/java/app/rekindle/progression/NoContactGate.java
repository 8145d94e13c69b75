package app.rekindle.progression;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

import app.rekindle.progression.JourneySnapshot.NoContactFacts.CheckIn;
import app.rekindle.progression.Requirement.Status;

/**
 * Gate 2→3: the chosen number of days without contact (waived when the ex reached out first),
 * regular check-ins during the run, a calmer urge lately, and a growth goal in motion.
 */
final class NoContactGate {

	private NoContactGate() {
	}

	static List<Requirement> requirements(JourneySnapshot snapshot, NoContactCount count, LocalDate today,
			RulesProperties.NoContact rules) {
		List<CheckIn> checkIns = snapshot.noContact().checkIns();
		List<LocalDate> runCheckInDays = checkIns.stream()
			.map(CheckIn::date)
			.filter((date) -> date.isAfter(count.runStartedOn()) && !date.isAfter(today))
			.distinct()
			.toList();
		return List.of(days(count, theyReachedOutFirst(checkIns, today)),
				Requirement.atLeast("noContact.checkIns", runCheckInDays.size(), rules.minCheckIns(), "checkIns"),
				checkInShare(snapshot, count, runCheckInDays, today, rules),
				urge(checkIns, today, rules), Requirement.atLeast("noContact.goals",
						snapshot.noContact().goalsWithProgress(), rules.minGoalsWithProgress(), "goals"));
	}

	static boolean theyReachedOutFirst(List<CheckIn> checkIns, LocalDate today) {
		return checkIns.stream()
			.anyMatch((checkIn) -> checkIn.contact() == Contact.THEY_REACHED_OUT && !checkIn.date().isAfter(today));
	}

	private static Requirement days(NoContactCount count, boolean waived) {
		if (waived) {
			return new Requirement("noContact.days", Status.WAIVED, 1, Text.of("gate.noContact.days.label"),
					Text.of("gate.progress.days", count.daysDone(), count.targetDays()),
					Text.of("gate.noContact.days.waived"));
		}
		return Requirement.atLeast("noContact.days", count.daysDone(), count.targetDays(), "days");
	}

	/**
	 * Check-ins on enough of the run's days, counting only days since the journey started. A share
	 * of too few days says nothing (one check-in on one day is 100%), so it is not met until the run
	 * has lasted {@code minDaysForShare} days, and its bar grows with those days meanwhile.
	 */
	private static Requirement checkInShare(JourneySnapshot snapshot, NoContactCount count,
			List<LocalDate> runCheckInDays, LocalDate today, RulesProperties.NoContact rules) {
		int minPercent = rules.minCheckInPercent();
		LocalDate firstDay = max(count.runStartedOn().plusDays(1), snapshot.journey().startedOn());
		int eligible = (int) Math.max(0, ChronoUnit.DAYS.between(firstDay, today) + 1);
		long checkedIn = runCheckInDays.stream().filter((date) -> !date.isBefore(firstDay)).count();
		int percent = (eligible == 0) ? 0 : (int) (checkedIn * 100 / eligible);
		double shareFraction = (minPercent == 0) ? 1 : Math.min(1, (double) percent / minPercent);
		if (eligible < rules.minDaysForShare()) {
			return new Requirement("noContact.checkInShare", Status.UNMET,
					shareFraction * eligible / rules.minDaysForShare(),
					Text.of("gate.noContact.checkInShare.label", minPercent),
					Text.of("gate.progress.shareTooSoon", checkedIn, eligible, percent, minPercent,
							rules.minDaysForShare()),
					Text.of("gate.noContact.checkInShare.tooSoon", minPercent, rules.minDaysForShare()));
		}
		boolean met = checkedIn * 100 >= (long) minPercent * eligible;
		return new Requirement("noContact.checkInShare", met ? Status.MET : Status.UNMET, met ? 1 : shareFraction,
				Text.of("gate.noContact.checkInShare.label", minPercent),
				Text.of("gate.progress.share", checkedIn, eligible, percent, minPercent),
				Text.of("gate.noContact.checkInShare." + (met ? "met" : "unmet"), minPercent));
	}

	/** The mean urge over the latest check-ins (up to the window), which must have calmed enough. */
	private static Requirement urge(List<CheckIn> checkIns, LocalDate today, RulesProperties.NoContact rules) {
		List<CheckIn> latest = checkIns.stream()
			.filter((checkIn) -> !checkIn.date().isAfter(today))
			.sorted(Comparator.comparing(CheckIn::date).reversed())
			.limit(rules.urgeWindow())
			.toList();
		BigDecimal max = BigDecimal.valueOf(rules.maxMeanUrge()).setScale(1, RoundingMode.HALF_UP);
		if (latest.isEmpty()) {
			return new Requirement("noContact.urge", Status.UNMET, 0, Text.of("gate.noContact.urge.label", max),
					Text.of("gate.progress.noCheckIns"), Text.of("gate.noContact.urge.none", max));
		}
		double mean = latest.stream().mapToInt(CheckIn::urge).average().orElseThrow();
		BigDecimal shown = BigDecimal.valueOf(mean).setScale(1, RoundingMode.HALF_UP);
		boolean met = mean <= rules.maxMeanUrge();
		// The bar shows calm, not the urge: empty at 10, full at the allowed mean, so it fills as the
		// urge settles and never grows as it gets stronger.
		double fraction = met ? 1 : (10 - mean) / (10 - rules.maxMeanUrge());
		return new Requirement("noContact.urge", met ? Status.MET : Status.UNMET, fraction,
				Text.of("gate.noContact.urge.label", max), Text.of("gate.progress.urge", shown, latest.size(), max),
				Text.of("gate.noContact.urge." + (met ? "met" : "unmet"), shown, max));
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

}
