package app.rekindle.history.chart;

import java.util.List;

/** The words for the mood scale, so a colour or number is never the only thing that says it. */
final class MoodWords {

	static final int LOWEST = 1;

	static final int HIGHEST = 5;

	private static final List<String> WORDS = List.of("very low", "low", "okay", "good", "very good");

	private MoodWords() {
	}

	static String of(int mood) {
		return WORDS.get(mood - LOWEST);
	}

}
