package app.rekindle.journey.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

import app.rekindle.checkin.CheckInMark;

/**
 * Whether several low days came close together: mood at "low" or below on {@code low} of the last
 * {@code of} check-ins, counting only the check-ins of the last {@code withinDays} days, so an old
 * hard week does not keep the card on Today.
 */
@Component
@EnableConfigurationProperties(LowDays.Settings.class)
class LowDays {

	private final Settings settings;

	LowDays(Settings settings) {
		this.settings = settings;
	}

	LocalDate since(LocalDate today) {
		return today.minusDays(this.settings.withinDays() - 1L);
	}

	boolean areMany(List<CheckInMark> recent) {
		long low = recent.stream()
			.sorted(Comparator.comparing(CheckInMark::day).reversed())
			.limit(this.settings.of())
			.filter((mark) -> mark.mood() <= this.settings.lowMood())
			.count();
		return low >= this.settings.low();
	}

	/**
	 * @param lowMood the highest mood that counts as low (2, "Low")
	 * @param low how many low check-ins bring the card
	 * @param of among how many of the latest check-ins
	 * @param withinDays how far back a check-in still counts as recent
	 */
	@ConfigurationProperties("rekindle.today.low-days")
	record Settings(@DefaultValue("2") int lowMood, @DefaultValue("3") int low, @DefaultValue("4") int of,
			@DefaultValue("14") int withinDays) {
	}

}
