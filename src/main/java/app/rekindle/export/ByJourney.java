package app.rekindle.export;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The rows of one kind, read for the whole account in one query, handed out journey by journey. */
final class ByJourney<T> {

	private final Map<Long, List<T>> rows;

	private ByJourney(Map<Long, List<T>> rows) {
		this.rows = rows;
	}

	static <T> ByJourney<T> of(List<T> rows, Function<T, Long> journeyId) {
		return new ByJourney<>(rows.stream().collect(Collectors.groupingBy(journeyId)));
	}

	List<T> all(long journeyId) {
		return this.rows.getOrDefault(journeyId, List.of());
	}

	/** For kinds with at most one row per journey (the motives check, the apology …). */
	T one(long journeyId) {
		List<T> found = all(journeyId);
		return found.isEmpty() ? null : found.get(0);
	}

}
