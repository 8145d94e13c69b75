package app.rekindle.mail;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;

/**
 * When a daily reminder at a local time falls, day by day, in a time zone that may change its clocks.
 * A time that does not exist on a spring-forward day (02:30 when clocks jump from 02:00 to 03:00) falls at
 * the first instant that does (03:00); a time that happens twice on a fall-back day falls at the first of
 * the two. Each local day has exactly one instant, so a reminder is never due twice on one day.
 */
final class ReminderTimes {

	private ReminderTimes() {
	}

	/** The instant of {@code time} on {@code day} in {@code zone}. */
	static Instant on(LocalDate day, LocalTime time, ZoneId zone) {
		LocalDateTime local = LocalDateTime.of(day, time);
		if (zone.getRules().getValidOffsets(local).isEmpty()) {
			ZoneOffsetTransition gap = zone.getRules().getTransition(local);
			return gap.getInstant();
		}
		return local.atZone(zone).withEarlierOffsetAtOverlap().toInstant();
	}

	/** The first reminder strictly after {@code after}: today's if it is still to come, otherwise the next day's. */
	static Instant next(Instant after, LocalTime time, ZoneId zone) {
		LocalDate day = after.atZone(zone).toLocalDate();
		Instant candidate = on(day, time, zone);
		while (!candidate.isAfter(after)) {
			day = day.plusDays(1);
			candidate = on(day, time, zone);
		}
		return candidate;
	}

}
