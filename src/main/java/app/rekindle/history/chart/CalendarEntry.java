package app.rekindle.history.chart;

/**
 * What the calendar shows of one day's check-in.
 *
 * @param mood 1 (very low) to 5 (very good)
 * @param late whether it was filled in after the day it is about
 */
public record CalendarEntry(int mood, boolean late) {

	public CalendarEntry {
		if (mood < MoodWords.LOWEST || mood > MoodWords.HIGHEST) {
			throw new IllegalArgumentException("Mood must be 1 to 5, was " + mood);
		}
	}

}
