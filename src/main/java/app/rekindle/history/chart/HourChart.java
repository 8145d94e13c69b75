package app.rekindle.history.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * How many urges fell in each hour of the day, as 24 bars.
 *
 * @param cssModifier the figure gets class {@code chart--<modifier>} and ids starting {@code chart-<modifier>}
 * @param bars one per hour, midnight first
 * @param xTicks hour labels every three hours; every bar also carries its own {@code hourLabel}
 * @param maxCount the top of the y scale: the largest count, at least 1
 */
public record HourChart(String cssModifier, String title, String description, PlotFrame frame, List<Bar> bars,
		List<XTick> xTicks, List<YTick> yTicks, int maxCount) {

	private static final int HOURS = 24;

	private static final int TICK_EVERY = 3;

	/** Part of each hour's slot left empty, so neighbouring bars read as separate. */
	private static final double GAP = 0.3;

	public HourChart {
		bars = List.copyOf(bars);
		xTicks = List.copyOf(xTicks);
		yTicks = List.copyOf(yTicks);
	}

	public static HourChart of(String title, String description, int[] countsByHour) {
		return of(title, description, countsByHour, "hours");
	}

	/** @param countsByHour 24 counts, index 0 for 00:00–01:00 */
	public static HourChart of(String title, String description, int[] countsByHour, String cssModifier) {
		Objects.requireNonNull(countsByHour, "countsByHour");
		if (countsByHour.length != HOURS) {
			throw new IllegalArgumentException("Expected 24 hourly counts, got " + countsByHour.length);
		}
		if (Arrays.stream(countsByHour).anyMatch((count) -> count < 0)) {
			throw new IllegalArgumentException("Counts cannot be negative: " + Arrays.toString(countsByHour));
		}
		PlotFrame frame = PlotFrame.STANDARD;
		int maxCount = Math.max(1, Arrays.stream(countsByHour).max().orElse(0));
		double slot = frame.plotWidth() / (double) HOURS;
		List<Bar> bars = new ArrayList<>(HOURS);
		List<XTick> xTicks = new ArrayList<>();
		for (int hour = 0; hour < HOURS; hour++) {
			int count = countsByHour[hour];
			double height = count * (double) frame.plotHeight() / maxCount;
			double x = frame.left() + hour * slot;
			bars.add(new Bar(hour, count, Svg.number(x + slot * GAP / 2), Svg.number(frame.bottom() - height),
					Svg.number(slot * (1 - GAP)), Svg.number(height), twoDigits(hour), label(hour, count)));
			if (hour % TICK_EVERY == 0) {
				xTicks.add(new XTick(Svg.number(x + slot / 2), twoDigits(hour), "middle"));
			}
		}
		return new HourChart(Svg.requireToken(cssModifier), Objects.requireNonNull(title, "title"),
				Objects.requireNonNull(description, "description"), frame, bars, xTicks, yTicks(frame, maxCount),
				maxCount);
	}

	private static List<YTick> yTicks(PlotFrame frame, int maxCount) {
		// Steps of 1, 2, 5, 10, 20, 50…: round numbers, and no more than six gridlines.
		int[] roundSteps = { 1, 2, 5 };
		int step = 1;
		for (int i = 1, magnitude = 1; maxCount / step > 5; i++) {
			if (i == roundSteps.length) {
				i = 0;
				magnitude *= 10;
			}
			step = roundSteps[i] * magnitude;
		}
		List<YTick> ticks = new ArrayList<>();
		for (int value = 0; value <= maxCount; value += step) {
			double y = frame.bottom() - value * (double) frame.plotHeight() / maxCount;
			ticks.add(new YTick(value, Svg.number(y), String.valueOf(value)));
		}
		return ticks;
	}

	private static String twoDigits(int hour) {
		return (hour < 10) ? "0" + hour : String.valueOf(hour);
	}

	private static String label(int hour, int count) {
		String end = (hour == HOURS - 1) ? "24" : twoDigits(hour + 1);
		return twoDigits(hour) + ":00–" + end + ":00: " + count + ((count == 1) ? " urge" : " urges");
	}

	public String id() {
		return "chart-" + this.cssModifier;
	}

	public String titleId() {
		return id() + "-title";
	}

	public String descriptionId() {
		return id() + "-desc";
	}

	public boolean isEmpty() {
		return this.bars.stream().allMatch((bar) -> bar.count() == 0);
	}

	/** All the urges the bars count. */
	public int total() {
		return this.bars.stream().mapToInt(Bar::count).sum();
	}

	/**
	 * One hour's bar; coordinates are formatted for SVG.
	 *
	 * @param hourLabel "00" to "23"
	 * @param label for example "14:00–15:00: 3 urges"
	 */
	public record Bar(int hour, int count, String x, String y, String width, String height, String hourLabel,
			String label) {
	}

}
