package app.rekindle.history.chart;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.rekindle.history.chart.LineChart.Marker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class LineChartTests {

	private static final LocalDate FIRST = LocalDate.of(2026, 11, 1);

	private static final LocalDate LAST = LocalDate.of(2026, 11, 30);

	private static LineChart mood(Map<LocalDate, Integer> values) {
		return LineChart.of("Mood", "Mood each day in November", FIRST, LAST, values, 1, 5, "mood");
	}

	private static Map<LocalDate, Integer> novemberDays(int... daysAndValues) {
		Map<LocalDate, Integer> values = new HashMap<>();
		for (int i = 0; i < daysAndValues.length; i += 2) {
			values.put(FIRST.withDayOfMonth(daysAndValues[i]), daysAndValues[i + 1]);
		}
		return values;
	}

	private static double number(String coordinate) {
		return Double.parseDouble(coordinate);
	}

	@Test
	void aMissingDayBreaksTheLineIntoSegments() {
		LineChart chart = mood(novemberDays(1, 3, 2, 4, 3, 4, 5, 2, 6, 3));

		assertThat(chart.segments()).hasSize(2);
		assertThat(chart.segments().get(0).split(" ")).hasSize(3);
		assertThat(chart.segments().get(1).split(" ")).hasSize(2);
	}

	@Test
	void anIsolatedDayHasAMarkerButNoSegment() {
		LineChart chart = mood(novemberDays(1, 3, 2, 4, 10, 5));

		assertThat(chart.segments()).hasSize(1);
		assertThat(chart.markers()).extracting(Marker::date).containsExactly(FIRST, FIRST.plusDays(1), FIRST.plusDays(9));
	}

	@Test
	void segmentsJoinTheMarkersOfTheirDays() {
		LineChart chart = mood(novemberDays(1, 3, 2, 4));
		List<Marker> markers = chart.markers();

		assertThat(chart.segments()).containsExactly(markers.get(0).cx() + "," + markers.get(0).cy() + " "
				+ markers.get(1).cx() + "," + markers.get(1).cy());
	}

	@Test
	void hasExactlyOneMarkerPerValueInDateOrderWithALabel() {
		LineChart chart = mood(novemberDays(3, 4, 1, 2, 30, 5));

		assertThat(chart.markers()).extracting(Marker::date)
			.containsExactly(FIRST, FIRST.withDayOfMonth(3), LAST);
		assertThat(chart.markers()).extracting(Marker::value).containsExactly(2, 4, 5);
		assertThat(chart.markers().get(1).label()).isEqualTo("Tuesday 3 November 2026: 4");
	}

	@Test
	void ignoresValuesOutsideTheRange() {
		Map<LocalDate, Integer> values = novemberDays(15, 3);
		values.put(FIRST.minusDays(1), 5);
		values.put(LAST.plusDays(1), 1);

		LineChart chart = mood(values);

		assertThat(chart.markers()).extracting(Marker::date).containsExactly(FIRST.withDayOfMonth(15));
		assertThat(chart.isEmpty()).isFalse();
	}

	@Test
	void isEmptyWithoutValuesInTheRange() {
		LineChart chart = mood(Map.of(LAST.plusDays(3), 4));

		assertThat(chart.isEmpty()).isTrue();
		assertThat(chart.segments()).isEmpty();
		assertThat(chart.yTicks()).isNotEmpty();
	}

	@Test
	void higherValuesAreDrawnHigherUp() {
		LineChart chart = mood(novemberDays(1, 1, 2, 3, 3, 5));
		PlotFrame frame = chart.frame();

		assertThat(chart.markers()).extracting((marker) -> number(marker.cy()))
			.containsExactly((double) frame.bottom(), (frame.top() + frame.bottom()) / 2.0, (double) frame.top());
	}

	@Test
	void theFirstDayIsAtTheLeftEdgeAndTheLastAtTheRightEdge() {
		LineChart chart = mood(novemberDays(1, 3, 30, 3));

		assertThat(number(chart.markers().get(0).cx())).isEqualTo(chart.frame().left());
		assertThat(number(chart.markers().get(1).cx())).isEqualTo(chart.frame().right());
	}

	@Test
	void aOneDayRangePutsTheDayInTheMiddle() {
		LineChart chart = LineChart.of("Mood", "Today", FIRST, FIRST, Map.of(FIRST, 4), 1, 5, "mood");
		PlotFrame frame = chart.frame();

		assertThat(number(chart.markers().get(0).cx())).isEqualTo((frame.left() + frame.right()) / 2.0);
		assertThat(chart.segments()).isEmpty();
		assertThat(chart.xTicks()).extracting(XTick::label).containsExactly("1 Nov");
	}

	@Test
	void valuesBeyondTheScaleStayOnTheCanvasWithTheirRealValueInTheLabel() {
		LineChart chart = mood(novemberDays(1, 9));

		assertThat(number(chart.markers().get(0).cy())).isEqualTo(chart.frame().top());
		assertThat(chart.markers().get(0).label()).endsWith(": 9");
	}

	@Test
	void yTicksAreEveryValueForMoodAndEveryOtherForUrges() {
		LineChart urge = LineChart.of("Urge", "Urge each day", FIRST, LAST, Map.of(), 0, 10, "urge");

		assertThat(mood(Map.of()).yTicks()).extracting(YTick::label).containsExactly("1", "2", "3", "4", "5");
		assertThat(urge.yTicks()).extracting(YTick::label).containsExactly("0", "2", "4", "6", "8", "10");
		assertThat(number(urge.yTicks().get(0).y())).isGreaterThan(number(urge.yTicks().get(5).y()));
	}

	@Test
	void xTicksAreAHandfulOfDatesFromFirstToLastDay() {
		LineChart chart = mood(Map.of());

		assertThat(chart.xTicks()).hasSizeBetween(2, 7);
		assertThat(chart.xTicks().get(0).label()).isEqualTo("1 Nov");
		assertThat(chart.xTicks().get(chart.xTicks().size() - 1).label()).isEqualTo("30 Nov");
		assertThat(chart.xTicks()).extracting(XTick::anchor).startsWith("start").endsWith("end");
		assertThat(chart.xTicks()).extracting((tick) -> number(tick.x())).isSorted();
	}

	@Test
	void aYearOfDailyValuesBuildsQuicklyAsOneUnbrokenLine() {
		LocalDate from = LocalDate.of(2026, 1, 1);
		LocalDate to = LocalDate.of(2026, 12, 31);
		Map<LocalDate, Integer> values = new HashMap<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			values.put(day, 1 + day.getDayOfMonth() % 5);
		}

		LineChart chart = assertTimeoutPreemptively(Duration.ofSeconds(1),
				() -> LineChart.of("Mood", "A year", from, to, values, 1, 5, "mood"));

		assertThat(chart.markers()).hasSize(365);
		assertThat(chart.segments()).hasSize(1);
		assertThat(chart.xTicks()).hasSizeLessThanOrEqualTo(7);
		assertThat(number(chart.markerRadius())).isLessThan(number(mood(Map.of()).markerRadius()));
	}

	@Test
	void coordinatesUseADecimalPointWhateverTheDefaultLocale() {
		Locale before = Locale.getDefault();
		Locale.setDefault(Locale.GERMANY);
		try {
			// 29 steps across 278 units puts the second day at 39.586…, which German would write 39,6.
			LineChart chart = mood(novemberDays(1, 3, 2, 4));

			assertThat(chart.markers().get(1).cx()).isEqualTo("39.6");
			assertThat(chart.segments().get(0)).matches("[0-9.]+,[0-9.]+ [0-9.]+,[0-9.]+");
			assertThat(chart.yTicks()).extracting(YTick::y).allMatch((y) -> y.matches("\\d+\\.\\d"));
		}
		finally {
			Locale.setDefault(before);
		}
	}

	@Test
	void theModifierNamesTheChartsClassAndIds() {
		LineChart chart = mood(Map.of());

		assertThat(chart.cssModifier()).isEqualTo("mood");
		assertThat(chart.id()).isEqualTo("chart-mood");
		assertThat(chart.titleId()).isNotEqualTo(chart.descriptionId()).startsWith("chart-mood");
		assertThat(LineChart.of("Mood", "Mood", FIRST, LAST, Map.of(), 1, 5).cssModifier()).isEqualTo("line");
	}

	@Test
	void refusesAnUnsafeModifierAndABackwardsRange() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LineChart.of("Mood", "Mood", FIRST, LAST, Map.of(), 1, 5, "mood\" onload=\"x"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LineChart.of("Mood", "Mood", LAST, FIRST, Map.of(), 1, 5, "mood"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LineChart.of("Mood", "Mood", FIRST, LAST, Map.of(), 5, 5, "mood"));
	}

	@Test
	void aMonthOrAQuarterIsDrawnInFullButAYearIsDense() {
		LocalDate today = LocalDate.of(2026, 10, 1);
		for (int days : new int[] { 30, 90, 365 }) {
			LineChart chart = LineChart.of("Mood", "Mood", today.minusDays(days - 1L), today, Map.of(today, 3), 1, 5,
					"mood");
			assertThat(chart.isDense()).as("%d days", days).isEqualTo(days == 365);
		}
	}

}
