package app.rekindle.checkin;

import java.time.LocalDate;

/**
 * The figures of one check-in without its text: what charts, calendars and counts need. Reading these
 * instead of whole check-ins spares decrypting a year of notes to draw a line.
 */
public record CheckInMark(LocalDate day, int mood, int urge, boolean late) {
}
