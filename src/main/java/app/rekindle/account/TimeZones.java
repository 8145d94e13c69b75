package app.rekindle.account;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The time zones a person can choose: the named regions people recognise ("Europe/Lisbon"),
 * without the legacy aliases and fixed "Etc/GMT+3" entries, plus UTC.
 */
public final class TimeZones {

	public static final String DEFAULT = "UTC";

	/** The areas of the zone ids, in the order a drop-down groups them, with the names it shows. */
	private static final Map<String, String> AREAS = areas();

	private static final String OTHER = "Other";

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

	/** Every selectable zone with its current offset, in the order of their ids. */
	public static List<Option> options(Instant now) {
		return SORTED.stream().map((id) -> Option.of(id, now)).toList();
	}

	/**
	 * Every selectable zone with its current offset, grouped by continent or ocean and sorted by
	 * place within each group, UTC last: on a phone the picker shows the groups as headings, and
	 * typing a city's first letters finds it, since every label begins with the place.
	 */
	public static List<Group> groups(Instant now) {
		Map<String, List<Option>> byArea = new LinkedHashMap<>();
		AREAS.values().forEach((name) -> byArea.put(name, new ArrayList<>()));
		byArea.put(OTHER, new ArrayList<>());
		for (String id : SORTED) {
			byArea.get(areaName(id)).add(Option.of(id, now));
		}
		return byArea.entrySet()
			.stream()
			.filter((entry) -> !entry.getValue().isEmpty())
			.map((entry) -> new Group(entry.getKey(), entry.getValue()
				.stream()
				.sorted(Comparator.comparing(Option::label, String.CASE_INSENSITIVE_ORDER))
				.toList()))
			.toList();
	}

	private static boolean isRegion(String id) {
		return DEFAULT.equals(id) || (id.indexOf('/') > 0 && AREAS.containsKey(id.substring(0, id.indexOf('/'))));
	}

	private static String areaName(String id) {
		int slash = id.indexOf('/');
		return (slash < 0) ? OTHER : AREAS.get(id.substring(0, slash));
	}

	private static Map<String, String> areas() {
		Map<String, String> areas = new LinkedHashMap<>();
		areas.put("Africa", "Africa");
		areas.put("America", "Americas");
		areas.put("Antarctica", "Antarctica");
		areas.put("Asia", "Asia");
		areas.put("Atlantic", "Atlantic Ocean");
		areas.put("Australia", "Australia");
		areas.put("Europe", "Europe");
		areas.put("Indian", "Indian Ocean");
		areas.put("Pacific", "Pacific Ocean");
		return Collections.unmodifiableMap(areas);
	}

	/**
	 * A zone as a drop-down shows it: the place first ("Buenos Aires, Argentina (UTC-03:00)"), its
	 * group naming the continent or ocean.
	 */
	public record Option(String id, String label) {

		static Option of(String id, Instant now) {
			if (DEFAULT.equals(id)) {
				return new Option(id, "UTC (Coordinated Universal Time)");
			}
			ZoneOffset offset = ZoneId.of(id).getRules().getOffset(now);
			String utc = ZoneOffset.UTC.equals(offset) ? "UTC" : "UTC" + offset.getId();
			return new Option(id, place(id) + " (" + utc + ")");
		}

		/** "America/Argentina/Buenos_Aires" is "Buenos Aires, Argentina"; "Europe/Lisbon" is "Lisbon". */
		private static String place(String id) {
			List<String> parts = new ArrayList<>(Arrays.asList(id.replace('_', ' ').split("/")));
			parts.remove(0);
			Collections.reverse(parts);
			return String.join(", ", parts);
		}

	}

	/** The zones of one continent or ocean, for an {@code <optgroup>}. */
	public record Group(String label, List<Option> options) {
	}

}
