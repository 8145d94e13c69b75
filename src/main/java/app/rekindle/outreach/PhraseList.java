package app.rekindle.outreach;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The compiled phrases of one rule, and the exceptions that keep everyday idioms from being flagged. */
final class PhraseList {

	private final List<Pattern> phrases;

	private final List<Pattern> exceptions;

	private PhraseList(List<Pattern> phrases, List<Pattern> exceptions) {
		this.phrases = phrases;
		this.exceptions = exceptions;
	}

	/**
	 * Compiles a section, refusing an exception that contains none of the section's phrases: it
	 * could never take effect, so it is almost certainly a typo or listed under the wrong rule.
	 */
	static PhraseList of(PhraseFile.Section section, String source) {
		List<Pattern> phrases = section.phrases().stream().map((p) -> PhrasePattern.compile(p.text())).toList();
		List<Pattern> exceptions = new ArrayList<>();
		for (PhraseFile.Line exception : section.exceptions()) {
			if (phrases.stream().noneMatch((p) -> p.matcher(exception.text()).find())) {
				throw PhraseFile.malformed(source, exception.number(), "the exception \"" + exception.text()
						+ "\" contains no phrase of [" + section.rule() + "], so it would never take effect");
			}
			exceptions.add(PhrasePattern.compile(exception.text()));
		}
		return new PhraseList(phrases, List.copyOf(exceptions));
	}

	/**
	 * The first place the text says one of the phrases, as written. Phrases that overlap there are
	 * joined, so "I miss you so much" is shown whole rather than as its first three words.
	 */
	Optional<String> firstIn(String text) {
		List<Span> found = spans(this.phrases, text);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		List<Span> excluded = spans(this.exceptions, text);
		found.removeIf((span) -> excluded.stream().anyMatch((exception) -> exception.contains(span)));
		found.sort(Comparator.comparingInt(Span::start));
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Span first = found.get(0);
		int end = first.end();
		for (Span span : found) {
			if (span.start() >= end) {
				break;
			}
			end = Math.max(end, span.end());
		}
		return Optional.of(text.substring(first.start(), end));
	}

	private static List<Span> spans(List<Pattern> patterns, String text) {
		List<Span> spans = new ArrayList<>();
		for (Pattern pattern : patterns) {
			Matcher matcher = pattern.matcher(text);
			while (matcher.find()) {
				spans.add(new Span(matcher.start(), matcher.end()));
			}
		}
		return spans;
	}

	private record Span(int start, int end) {

		boolean contains(Span other) {
			return this.start <= other.start && other.end <= this.end;
		}

	}

}
