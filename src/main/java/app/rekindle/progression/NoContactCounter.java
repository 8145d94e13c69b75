package app.rekindle.progression;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.TreeSet;

import app.rekindle.progression.JourneySnapshot.JourneyFacts;
import app.rekindle.progression.JourneySnapshot.NoContactFacts.CheckIn;

/**
 * Counts no-contact days in the person's own calendar. Each contact (the last one before the
 * journey, every slip, every return to no contact) ends a run; the days strictly between two
 * contacts are clean, and so are the days from the latest contact up to today. Once the journey
 * has left no contact (reaching out, or ended) the count stops on that day: what came after is
 * not no contact, and a message sent while reaching out is not a slip.
 */
final class NoContactCounter {

	private NoContactCounter() {
	}

	static NoContactCount count(JourneySnapshot snapshot, LocalDate today) {
		JourneyFacts journey = snapshot.journey();
		LocalDate leftOn = journey.noContactLeftOn();
		LocalDate stoppedOn = (leftOn != null && leftOn.isBefore(today)) ? leftOn : null;
		NoContactCount count = countUntil(snapshot, (stoppedOn != null) ? stoppedOn : today);
		return (stoppedOn != null) ? new NoContactCount(count.runStartedOn(), count.daysDone(), count.targetDays(),
				count.endsOn(), count.totalCleanDays(), count.longestRun(), count.slips(), stoppedOn) : count;
	}

	private static NoContactCount countUntil(JourneySnapshot snapshot, LocalDate today) {
		JourneyFacts journey = snapshot.journey();
		List<LocalDate> slips = slipDates(snapshot, today);
		TreeSet<LocalDate> contacts = new TreeSet<>(slips);
		contacts.add(journey.lastContactDate());
		if (journey.noContactRestartedOn() != null && !journey.noContactRestartedOn().isAfter(today)) {
			contacts.add(journey.noContactRestartedOn());
		}
		LocalDate runStart = contacts.last();
		int daysDone = (int) Math.max(0, ChronoUnit.DAYS.between(runStart, today));
		int total = daysDone;
		int longest = daysDone;
		LocalDate previous = null;
		for (LocalDate contact : contacts) {
			if (previous != null) {
				int clean = (int) Math.max(0, ChronoUnit.DAYS.between(previous, contact) - 1);
				total += clean;
				longest = Math.max(longest, clean);
			}
			previous = contact;
		}
		return new NoContactCount(runStart, daysDone, journey.noContactDays(),
				runStart.plusDays(journey.noContactDays()), total, longest, slips.size());
	}

	/** Days the person reached out, after the last contact they started from and not after today. */
	static List<LocalDate> slipDates(JourneySnapshot snapshot, LocalDate today) {
		LocalDate lastContact = snapshot.journey().lastContactDate();
		return snapshot.noContact()
			.checkIns()
			.stream()
			.filter((checkIn) -> checkIn.contact() == Contact.I_REACHED_OUT)
			.map(CheckIn::date)
			.filter((date) -> date.isAfter(lastContact) && !date.isAfter(today))
			.distinct()
			.sorted()
			.toList();
	}

}
