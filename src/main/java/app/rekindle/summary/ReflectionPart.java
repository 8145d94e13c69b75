package app.rekindle.summary;

import java.util.List;

import app.rekindle.reflection.ReflectionEntry;

/**
 * What the person wrote in reflection, by kind. Read for the figures whether or not the words are
 * let in; the page shows the texts only when {@link SummaryWords#reflection()} does.
 */
public record ReflectionPart(List<ReflectionEntry> causes, List<ReflectionEntry> mistakes,
		List<ReflectionEntry> triggers) {

	/** A summary without a journey. */
	public static final ReflectionPart NONE = new ReflectionPart(List.of(), List.of(), List.of());

	public boolean isEmpty() {
		return this.causes.isEmpty() && this.mistakes.isEmpty() && this.triggers.isEmpty();
	}

}
