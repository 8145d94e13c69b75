package app.rekindle.summary;

import java.util.List;

import app.rekindle.reflection.FixableCheck;
import app.rekindle.reflection.ReflectionEntry;

/**
 * What the person wrote in reflection, by kind. The entries are read for the figures whether or not
 * the words are let in; the page shows the texts only when {@link SummaryWords#reflection()} does.
 * The answers to "Can it be fixed?" are read only then, and are {@code null} otherwise or when not
 * answered.
 */
public record ReflectionPart(List<ReflectionEntry> causes, List<ReflectionEntry> mistakes,
		List<ReflectionEntry> triggers, FixableCheck canItBeFixed) {

	/** A summary without a journey. */
	public static final ReflectionPart NONE = new ReflectionPart(List.of(), List.of(), List.of(), null);

	public boolean isEmpty() {
		return this.causes.isEmpty() && this.mistakes.isEmpty() && this.triggers.isEmpty()
				&& this.canItBeFixed == null;
	}

}
