package app.rekindle.account.web;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;

import app.rekindle.account.TimeZones;

/** The zone drop-down, labelled with today's offsets (they move with daylight saving). */
@Component
class TimeZoneOptions {

	private final Clock clock;

	TimeZoneOptions(Clock clock) {
		this.clock = clock;
	}

	List<TimeZones.Option> current() {
		return TimeZones.options(this.clock.instant());
	}

}
