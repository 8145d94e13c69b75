package app.rekindle.account;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The time zones a person can choose: the named regions people recognise ("Europe/Lisbon"),
 * without the legacy aliases and fixed "Etc/GMT+3" entries, plus UTC.
 */
public final class TimeZones {

	public static final String DEFAULT = "UTC";

	private static final Set<String> SELECTABLE = ZoneId.getAvailableZoneIds()
		.stream()
		.filter(TimeZones::isRegion)
		.collect(Collectors.toUnmodifiableSet());

	private static final List<String> SORTED = SELECTABLE.stream().sorted().toList();

	private TimeZones() {
	}

	public static boolean isSelectable(String id) {
		return id != null && SELECTABLE.contains(id);
	}

	/** Every selectable zone with its current offset, for a drop-down. */
	public static List<Option> options(Instant now) {
		return SORTED.stream().map((id) -> Option.of(id, now)).toList();
	}

	private static boolean isRegion(String id) {
		if (DEFAULT.equals(id)) {
			return true;
		}
		int slash = id.indexOf('/');
		if (slash < 0) {
			return false;
		}
		String area = id.substring(0, slash);
		return Set.of("Africa", "America", "Antarctica", "Asia", "Atlantic", "Australia", "Europe", "Indian",
				"Pacific")
			.contains(area);
	}

	public record Option(String id, String label) {

		static Option of(String id, Instant now) {
			if (DEFAULT.equals(id)) {
				return new Option(id, "UTC (Coordinated Universal Time)");
			}
			ZoneOffset offset = ZoneId.of(id).getRules().getOffset(now);
			String name = id.replace('_', ' ').replace("/", " / ");
			String utc = ZoneOffset.UTC.equals(offset) ? "UTC" : "UTC" + offset.getId();
			return new Option(id, name + " (" + utc + ")");
		}

	}

}
