package app.rekindle.history.chart;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One value a day over a date range, drawn as a line with a point on each day that has a value.
 * A day without a value breaks the line, so the chart never suggests check-ins that did not happen.
 *
 * @param cssModifier for example {@code mood}: the figure gets class {@code chart--mood}
 * @param segments polyline {@code points}, one per run of two or more consecutive days with values
 * @param markers one per day with a value, in date order
 * @param markerRadius smaller when days are close together, so a year of points does not become one band
 */
public record LineChart(String cssModifier, String title, String description, LocalDate from, LocalDate to,
		PlotFrame frame, List<String> segments, List<Marker> markers, List<XTick> xTicks, List<YTick> yTicks,
		String markerRadius) {

	private static final int MAX_X_TICKS = 4;

	private static final int DENSE_DAYS = 120;

	private static final DateTimeFormatter TICK_DATE = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

	private static final DateTimeFormatter LABEL_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

	public LineChart {
		segments = List.copyOf(segments);
		markers = List.copyOf(markers);
		xTicks = List.copyOf(xTicks);
		yTicks = List.copyOf(yTicks);
	}

	/** A chart with the neutral modifier {@code line}; use the other factory when a page shows two. */
	public static LineChart of(String title, String description, LocalDate from, LocalDate to,
			Map<LocalDate, Integer> values, int minValue, int maxValue) {
		return of(title, description, from, to, values, minValue, maxValue, "line");
	}

	/**
	 * @param values a value for each day that has one; days outside {@code from..to} are ignored
	 * @param cssModifier for example {@code mood}: the figure gets class {@code chart--mood} and
	 * element ids starting {@code chart-mood}, so it must be unique on the page
	 */
	public static LineChart of(String title, String description, LocalDate from, LocalDate to,
			Map<LocalDate, Integer> values, int minValue, int maxValue, String cssModifier) {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(values, "values");
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("The range ends (" + to + ") before it starts (" + from + ")");
		}
		if (maxValue <= minValue) {
			throw new IllegalArgumentException("maxValue must be above minValue");
		}
		PlotFrame frame = PlotFrame.STANDARD;
		int days = Math.toIntExact(ChronoUnit.DAYS.between(from, to) + 1);
		ValueScale scale = new ValueScale(frame, days, minValue, maxValue);
		List<String> segments = new ArrayList<>();
		List<Marker> markers = new ArrayList<>();
		StringBuilder run = new StringBuilder();
		int runLength = 0;
		LocalDate date = from;
		for (int day = 0; day < days; day++, date = date.plusDays(1)) {
			Integer value = values.get(date);
			if (value == null) {
				addSegment(segments, run, runLength);
				run.setLength(0);
				runLength = 0;
				continue;
			}
			String cx = Svg.number(scale.x(day));
			String cy = Svg.number(scale.y(value));
			markers.add(new Marker(date, value, cx, cy, LABEL_DATE.format(date) + ": " + value));
			run.append((runLength == 0) ? "" : " ").append(cx).append(',').append(cy);
			runLength++;
		}
		addSegment(segments, run, runLength);
		return new LineChart(Svg.requireToken(cssModifier), Objects.requireNonNull(title, "title"),
				Objects.requireNonNull(description, "description"), from, to, frame, segments, markers,
				xTicks(from, days, scale), yTicks(minValue, maxValue, scale), Svg.number(scale.markerRadius()));
	}

	/** A lone day has nothing to connect to; its marker alone shows it. */
	private static void addSegment(List<String> segments, StringBuilder run, int runLength) {
		if (runLength >= 2) {
			segments.add(run.toString());
		}
	}

	private static List<XTick> xTicks(LocalDate from, int days, ValueScale scale) {
		if (days == 1) {
			return List.of(new XTick(Svg.number(scale.x(0)), TICK_DATE.format(from), "middle"));
		}
		int count = Math.min(MAX_X_TICKS, days);
		List<XTick> ticks = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			int day = (int) Math.round(i * (days - 1) / (double) (count - 1));
			// The outer labels hang inwards so they are not cut off at the edges of the canvas.
			String anchor = (i == 0) ? "start" : (i == count - 1) ? "end" : "middle";
			ticks.add(new XTick(Svg.number(scale.x(day)), TICK_DATE.format(from.plusDays(day)), anchor));
		}
		return ticks;
	}

	private static List<YTick> yTicks(int minValue, int maxValue, ValueScale scale) {
		int range = maxValue - minValue;
		int step = (range <= 6) ? 1 : (range <= 12) ? 2 : (int) Math.ceil(range / 6.0);
		List<YTick> ticks = new ArrayList<>();
		for (int value = minValue; value <= maxValue; value += step) {
			ticks.add(new YTick(value, Svg.number(scale.y(value)), String.valueOf(value)));
		}
		return ticks;
	}

	/** Unique on the page as long as the modifier is; the base of the title and description ids. */
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
		return this.markers.isEmpty();
	}

	/**
	 * Whether the days stand closer than a point is wide (a quarter or a year): then the page draws
	 * a thinner, solid line, so a year reads as a shape rather than a band of dashes and circles.
	 */
	public boolean isDense() {
		return ChronoUnit.DAYS.between(this.from, this.to) + 1 > DENSE_DAYS;
	}

	/**
	 * A day's point.
	 *
	 * @param label for example "Tuesday 3 November 2026: 4"
	 */
	public record Marker(LocalDate date, int value, String cx, String cy, String label) {
	}

}
