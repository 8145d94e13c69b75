package app.rekindle.history.chart;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import app.rekindle.checkin.CheckInMark;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The charts of a period carry the titles and the sentences of {@code messages.properties}, and the
 * sentences say what the picture shows: the days the period covers, how many have a value, the
 * average as the summary writes it, and when urges came. (The application's context, for its ICU
 * message source; the same one most MockMvc tests share.)
 */
@SpringBootTest
@AutoConfigureMockMvc
class ChartFactoryTests {

	private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

	@Autowired
	private ChartFactory factory;

	private static CheckInMark checkIn(LocalDate day, int mood, int urge) {
		return new CheckInMark(day, mood, urge, false);
	}

	private static Instant at(LocalDate day, int hour, int minute) {
		return ZonedDateTime.of(day.atTime(hour, minute), ZONE).toInstant();
	}

	@Test
	void theLastDaysAreNamedSoAndOnlyTheirCheckInsCount() {
		List<CheckInMark> checkIns = List.of(checkIn(TODAY, 4, 0), checkIn(TODAY.minusDays(3), 2, 8),
				// The day before the period, as the history page reads it for the calendar: left out.
				checkIn(TODAY.minusDays(30), 5, 10));

		Charts charts = this.factory.charts(ChartPeriod.lastDays(30, TODAY), checkIns, List.of(), ZONE);

		assertThat(charts.mood().title()).isEqualTo("Mood");
		assertThat(charts.mood().description()).isEqualTo("Mood over the last 30 days, on a scale of 1 (very low) to "
				+ "5 (very good): 2 days with a check-in, average 3.0.");
		assertThat(charts.urge().title()).isEqualTo("Urge to contact them");
		assertThat(charts.urge().description()).isEqualTo("Urge to contact them over the last 30 days, on a scale of "
				+ "0 (none) to 10 (overwhelming): 2 days with a check-in, average 4.0.");
		assertThat(charts.checkIns()).isEqualTo(2);
		assertThat(charts.mood().markers()).extracting(LineChart.Marker::value).containsExactly(2, 4);
		assertThat(List.of(charts.mood().id(), charts.urge().id(), charts.hours().id()))
			.containsExactly("chart-mood", "chart-urge", "chart-hours");
	}

	@Test
	void aPeriodInThePastIsNamedByItsDates() {
		LocalDate from = LocalDate.of(2026, 9, 1);
		LocalDate to = LocalDate.of(2026, 9, 30);
		List<CheckInMark> checkIns = List.of(checkIn(from, 3, 5));

		Charts september = this.factory.charts(new ChartPeriod(from, to, TODAY), checkIns, List.of(), ZONE);
		Charts oneDay = this.factory.charts(new ChartPeriod(from, from, TODAY), checkIns, List.of(), ZONE);
		Charts today = this.factory.charts(ChartPeriod.lastDays(1, TODAY), List.of(checkIn(TODAY, 5, 1)), List.of(), ZONE);

		assertThat(september.mood().description()).isEqualTo("Mood from 1 September 2026 to 30 September 2026, on a "
				+ "scale of 1 (very low) to 5 (very good): 1 day with a check-in, average 3.0.");
		assertThat(oneDay.urge().description()).startsWith("Urge to contact them on 1 September 2026, on a scale");
		assertThat(today.mood().description()).startsWith("Mood today, on a scale").endsWith("1 day with a check-in, average 5.0.");
		assertThat(september.hours().description()).isEqualTo("No urges logged from 1 September 2026 to 30 September 2026.");
	}

	@Test
	void withoutCheckInsTheSentenceSaysSo() {
		Charts charts = this.factory.charts(ChartPeriod.lastDays(90, TODAY), List.of(), List.of(), ZONE);

		assertThat(charts.mood().description()).isEqualTo("Mood over the last 90 days: no check-ins.");
		assertThat(charts.urge().description()).isEqualTo("Urge to contact them over the last 90 days: no check-ins.");
		assertThat(charts.hours().description()).isEqualTo("No urges logged over the last 90 days.");
		assertThat(charts.checkIns()).isZero();
		assertThat(charts.urges()).isZero();
	}

	@Test
	void urgesFallInTheirHourOfThePersonsOwnDayAndOnlyThoseOfThePeriodCount() {
		List<Instant> urges = List.of(at(TODAY, 21, 10), at(TODAY.minusDays(1), 21, 55), at(TODAY.minusDays(2), 8, 0),
				// Before the period's first midnight in Berlin, though within 30 times 24 hours of its end.
				at(TODAY.minusDays(30), 23, 30));

		Charts charts = this.factory.charts(ChartPeriod.lastDays(30, TODAY), List.of(), urges, ZONE);

		assertThat(charts.hours().title()).isEqualTo("Urges by hour of the day");
		assertThat(charts.urges()).isEqualTo(3);
		assertThat(charts.hours().bars().get(21).count()).isEqualTo(2);
		assertThat(charts.hours().bars().get(8).count()).isOne();
		assertThat(charts.hours().description())
			.isEqualTo("3 urges logged over the last 30 days, most often between 21:00 and 22:00.");
	}

	@Test
	void theBusiestHourIsNamedOnlyWhenThereIsOne() {
		ChartPeriod period = ChartPeriod.lastDays(30, TODAY);

		assertThat(this.factory.charts(period, List.of(), List.of(at(TODAY, 23, 5)), ZONE).hours().description())
			.isEqualTo("1 urge logged over the last 30 days, between 23:00 and 24:00.");
		assertThat(this.factory.charts(period, List.of(), List.of(at(TODAY, 7, 0), at(TODAY, 22, 0)), ZONE)
			.hours()
			.description()).isEqualTo("2 urges logged over the last 30 days, no one hour more often than the others.");
	}

}
