package app.rekindle.history.chart;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The days a set of charts covers, both included, in the person's own calendar, and their today,
 * which decides how the charts' sentences name the days ("over the last 30 days" or "from … to …").
 */
public record ChartPeriod(LocalDate from, LocalDate to, LocalDate today) {

	public ChartPeriod {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(today, "today");
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("The period ends (" + to + ") before it starts (" + from + ")");
		}
	}

	/** The last {@code days} days up to and including today. */
	public static ChartPeriod lastDays(int days, LocalDate today) {
		if (days < 1) {
			throw new IllegalArgumentException("A period has at least one day, not " + days);
		}
		return new ChartPeriod(today.minusDays(days - 1L), today, today);
	}

	public int days() {
		return Math.toIntExact(ChronoUnit.DAYS.between(this.from, this.to) + 1);
	}

	public boolean contains(LocalDate day) {
		return !day.isBefore(this.from) && !day.isAfter(this.to);
	}

	/** Whether the period runs up to today, so that it reads as "the last n days". */
	public boolean endsToday() {
		return this.to.equals(this.today);
	}

	/** The period's first moment in the zone. */
	public Instant start(ZoneId zone) {
		return this.from.atStartOfDay(zone).toInstant();
	}

	/** The first moment after the period in the zone: the start of the day after its last. */
	public Instant end(ZoneId zone) {
		return this.to.plusDays(1).atStartOfDay(zone).toInstant();
	}

}
