package app.rekindle.checkin;

import java.time.LocalDate;

/**
 * Which days a check-in may be for, seen from the person's own today: today, or a missed day
 * within the late window (filled in late and marked so); never a future day.
 */
public enum CheckInDay {

	TODAY, LATE, FUTURE, TOO_OLD;

	/** How many days back a missed day can still be filled in. */
	public static final int LATE_WINDOW_DAYS = 14;

	public static CheckInDay of(LocalDate day, LocalDate today) {
		if (day.isAfter(today)) {
			return FUTURE;
		}
		if (day.isEqual(today)) {
			return TODAY;
		}
		return day.isBefore(today.minusDays(LATE_WINDOW_DAYS)) ? TOO_OLD : LATE;
	}

	public boolean isAllowed() {
		return this == TODAY || this == LATE;
	}

}
