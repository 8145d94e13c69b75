package app.rekindle.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import app.rekindle.checkin.CheckInMark;

/**
 * Check-ins in the range: how many, how many filled in late, the mean mood and urge, and whether
 * each has risen, fallen or held steady from the first half of the range to the second.
 */
public record CheckInFigures(int count, int late, BigDecimal meanMood, BigDecimal meanUrge, Trend moodTrend,
		Trend urgeTrend) {

	/** A change in the mean of less than this between the halves reads as steady. */
	static final double STEADY = 0.3;

	public enum Trend {

		RISING, STEADY, FALLING, NOT_ENOUGH_DATA

	}

	static CheckInFigures of(List<CheckInMark> checkIns) {
		if (checkIns.isEmpty()) {
			return new CheckInFigures(0, 0, null, null, Trend.NOT_ENOUGH_DATA, Trend.NOT_ENOUGH_DATA);
		}
		int late = (int) checkIns.stream().filter(CheckInMark::late).count();
		return new CheckInFigures(checkIns.size(), late, mean(checkIns, true), mean(checkIns, false),
				trend(checkIns, true), trend(checkIns, false));
	}

	private static BigDecimal mean(List<CheckInMark> checkIns, boolean mood) {
		double mean = checkIns.stream().mapToInt((checkIn) -> mood ? checkIn.mood() : checkIn.urge()).average().orElse(0);
		return BigDecimal.valueOf(mean).setScale(1, RoundingMode.HALF_UP);
	}

	/** Compares the mean of the older half with the newer half, in day order. */
	private static Trend trend(List<CheckInMark> checkIns, boolean mood) {
		if (checkIns.size() < 4) {
			return Trend.NOT_ENOUGH_DATA;
		}
		int half = checkIns.size() / 2;
		double older = checkIns.subList(0, half).stream().mapToInt((c) -> mood ? c.mood() : c.urge()).average().orElse(0);
		double newer = checkIns.subList(checkIns.size() - half, checkIns.size())
			.stream()
			.mapToInt((c) -> mood ? c.mood() : c.urge())
			.average()
			.orElse(0);
		double change = newer - older;
		if (Math.abs(change) < STEADY) {
			return Trend.STEADY;
		}
		return (change > 0) ? Trend.RISING : Trend.FALLING;
	}

}
