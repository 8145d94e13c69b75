package app.rekindle.outreach;

import java.util.Objects;

/**
 * One kind of pressure found in a draft, with what triggered it so the writer can find it: the
 * words as written in the draft ("I miss you"), or for the counted rules the count ("3 questions",
 * "412 characters") or the planned time ("23:30").
 */
public record PressureFinding(PressureRule rule, String excerpt) {

	public PressureFinding {
		Objects.requireNonNull(rule, "rule");
		Objects.requireNonNull(excerpt, "excerpt");
	}

}
