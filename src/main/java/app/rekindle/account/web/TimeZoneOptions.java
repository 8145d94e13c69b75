package app.rekindle.account.web;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;

import app.rekindle.account.TimeZones;

/** The zone drop-down, grouped by continent and labelled with today's offsets (they move with daylight saving). */
@Component
class TimeZoneOptions {

	private final Clock clock;

	TimeZoneOptions(Clock clock) {
		this.clock = clock;
	}

	List<TimeZones.Group> current() {
		return TimeZones.groups(this.clock.instant());
	}

}
