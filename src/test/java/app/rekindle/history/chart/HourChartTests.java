package app.rekindle.history.chart;

import org.junit.jupiter.api.Test;

import app.rekindle.history.chart.HourChart.Bar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class HourChartTests {

	private static HourChart chart(int... countsByHour) {
		return HourChart.of("Urges by hour", "When urges came", countsByHour);
	}

	private static int[] counts(int hour, int count, int otherHour, int otherCount) {
		int[] counts = new int[24];
		counts[hour] = count;
		counts[otherHour] = otherCount;
		return counts;
	}

	private static double number(String coordinate) {
		return Double.parseDouble(coordinate);
	}

	@Test
	void hasOneBarPerHourLabelledInWords() {
		HourChart chart = chart(counts(14, 3, 23, 1));

		assertThat(chart.bars()).hasSize(24).extracting(Bar::hour).startsWith(0, 1).endsWith(23);
		assertThat(chart.bars().get(0).hourLabel()).isEqualTo("00");
		assertThat(chart.bars().get(14).label()).isEqualTo("14:00–15:00: 3 urges");
		assertThat(chart.bars().get(23).label()).isEqualTo("23:00–24:00: 1 urge");
		assertThat(chart.bars().get(5).label()).isEqualTo("05:00–06:00: 0 urges");
	}

	@Test
	void barHeightsAreProportionalToCountsAndTheLargestFillsThePlot() {
		HourChart chart = chart(counts(8, 2, 20, 4));
		Bar morning = chart.bars().get(8);
		Bar evening = chart.bars().get(20);

		assertThat(number(evening.height())).isEqualTo(chart.frame().plotHeight());
		assertThat(number(morning.height())).isEqualTo(number(evening.height()) / 2);
		assertThat(number(evening.y())).isEqualTo(chart.frame().top());
		assertThat(number(morning.y()) + number(morning.height())).isEqualTo(chart.frame().bottom());
		assertThat(number(chart.bars().get(0).height())).isZero();
		assertThat(chart.maxCount()).isEqualTo(4);
	}

	@Test
	void barsSitSideBySideWithoutOverlapping() {
		HourChart chart = chart(counts(0, 1, 1, 1));
		Bar first = chart.bars().get(0);
		Bar second = chart.bars().get(1);

		assertThat(number(first.x())).isGreaterThanOrEqualTo(chart.frame().left());
		assertThat(number(first.x()) + number(first.width())).isLessThan(number(second.x()));
		Bar last = chart.bars().get(23);
		assertThat(number(last.x()) + number(last.width())).isLessThanOrEqualTo(chart.frame().right());
	}

	@Test
	void theAxisIsLabelledEveryThreeHours() {
		assertThat(chart(new int[24]).xTicks()).extracting(XTick::label)
			.containsExactly("00", "03", "06", "09", "12", "15", "18", "21");
	}

	@Test
	void theScaleReachesAtLeastOneSoAQuietDayDrawsNoBars() {
		HourChart chart = chart(new int[24]);

		assertThat(chart.isEmpty()).isTrue();
		assertThat(chart.maxCount()).isEqualTo(1);
		assertThat(chart.bars()).extracting((bar) -> number(bar.height())).containsOnly(0.0);
		assertThat(chart(counts(3, 1, 4, 0)).isEmpty()).isFalse();
	}

	@Test
	void yTicksAreRoundNumbersNoHigherThanTheLargestCount() {
		assertThat(chart(counts(1, 4, 2, 1)).yTicks()).extracting(YTick::label).containsExactly("0", "1", "2", "3", "4");
		assertThat(chart(counts(1, 7, 2, 1)).yTicks()).extracting(YTick::label).containsExactly("0", "2", "4", "6");
		assertThat(chart(counts(1, 30, 2, 1)).yTicks()).extracting(YTick::label).containsExactly("0", "10", "20", "30");
	}

	@Test
	void refusesAnythingButTwentyFourNonNegativeCounts() {
		assertThatIllegalArgumentException().isThrownBy(() -> chart(new int[23]));
		assertThatIllegalArgumentException().isThrownBy(() -> chart(counts(1, -1, 2, 0)));
	}

}
