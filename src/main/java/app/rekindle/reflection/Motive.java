package app.rekindle.reflection;

import java.util.Set;

/**
 * Reasons for wanting to reconnect. Some are about filling an empty space rather than about the
 * other person; when only those are ticked, the page says so gently.
 */
public enum Motive {

	LONELY(true), NOSTALGIC(true), AFRAID_OF_BEING_ALONE(true), MISS_THE_ROUTINE(true), WANT_TO_FEEL_WANTED(true),
	BUILD_SOMETHING_BETTER(false), BOTH_CHANGED(false), SHARED_VALUES_AND_GOALS(false), CARE_FOR_WHO_THEY_ARE(false),
	SOMETHING_ELSE(false);

	private final boolean lonelinessType;

	Motive(boolean lonelinessType) {
		this.lonelinessType = lonelinessType;
	}

	public boolean isLonelinessType() {
		return this.lonelinessType;
	}

	/** True when motives were ticked and every one of them is about loneliness. */
	public static boolean onlyLonelinessType(Set<Motive> motives) {
		return !motives.isEmpty() && motives.stream().allMatch(Motive::isLonelinessType);
	}

}
