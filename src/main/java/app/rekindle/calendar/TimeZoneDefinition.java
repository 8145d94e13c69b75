package app.rekindle.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A VTIMEZONE for the person's zone, made from the same rules (java.time's) that decide where
 * their days begin and end everywhere else in the app.
 *
 * <p>It lists the actual changes of clocks, from the one in force now to ten years ahead, rather
 * than yearly rules: every zone is written the same way (Morocco's Ramadan changes, a change at
 * 24:00 and a zone that stopped changing included), and calendar apps read such plain
 * definitions reliably. Apps fetch the feed again every few hours, so the ten years move along.
 */
final class TimeZoneDefinition {

	static final int YEARS_AHEAD = 10;

	private static final LocalDateTime NO_CHANGE_EVER = LocalDateTime.of(1970, 1, 1, 0, 0);

	private TimeZoneDefinition() {
	}

	static void write(ContentLines lines, ZoneId zone, Instant now) {
		ZoneRules rules = zone.getRules();
		lines.begin("VTIMEZONE");
		lines.property("TZID", zone.getId());
		List<ZoneOffsetTransition> changes = changes(rules, now, now.atZone(zone).plusYears(YEARS_AHEAD).toInstant());
		if (changes.isEmpty()) {
			ZoneOffset offset = rules.getOffset(now);
			observance(lines, "STANDARD", offset, offset, List.of(NO_CHANGE_EVER));
		}
		else {
			for (Map.Entry<Kind, List<LocalDateTime>> entry : byKind(rules, changes).entrySet()) {
				Kind kind = entry.getKey();
				observance(lines, kind.daylight() ? "DAYLIGHT" : "STANDARD", kind.from(), kind.to(), entry.getValue());
			}
		}
		lines.end("VTIMEZONE");
	}

	/** The change in force now (if the zone ever changed), then every change until {@code until}. */
	private static List<ZoneOffsetTransition> changes(ZoneRules rules, Instant now, Instant until) {
		List<ZoneOffsetTransition> changes = new ArrayList<>();
		ZoneOffsetTransition change = rules.previousTransition(now.plusNanos(1));
		Instant after = now;
		if (change != null) {
			changes.add(change);
		}
		while ((change = rules.nextTransition(after)) != null && !change.getInstant().isAfter(until)) {
			changes.add(change);
			after = change.getInstant();
		}
		return changes;
	}

	/** Changes of the same kind share one observance: its first onset, then one RDATE for each other. */
	private static Map<Kind, List<LocalDateTime>> byKind(ZoneRules rules, List<ZoneOffsetTransition> changes) {
		Map<Kind, List<LocalDateTime>> byKind = new LinkedHashMap<>();
		for (ZoneOffsetTransition change : changes) {
			Kind kind = new Kind(rules.isDaylightSavings(change.getInstant()), change.getOffsetBefore(),
					change.getOffsetAfter());
			// An onset is the local time on the clock before the change (RFC 5545 §3.6.5).
			byKind.computeIfAbsent(kind, (key) -> new ArrayList<>()).add(change.getDateTimeBefore());
		}
		return byKind;
	}

	private static void observance(ContentLines lines, String name, ZoneOffset from, ZoneOffset to,
			List<LocalDateTime> onsets) {
		lines.begin(name);
		lines.property("TZOFFSETFROM", ContentLines.offset(from));
		lines.property("TZOFFSETTO", ContentLines.offset(to));
		lines.property("DTSTART", ContentLines.localDateTime(onsets.get(0)));
		for (LocalDateTime onset : onsets.subList(1, onsets.size())) {
			lines.property("RDATE", ContentLines.localDateTime(onset));
		}
		lines.end(name);
	}

	private record Kind(boolean daylight, ZoneOffset from, ZoneOffset to) {
	}

}
