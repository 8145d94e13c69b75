package app.rekindle.outreach;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the phrase file. Its format, also described at the top of the file itself:
 * <pre>
 * # a comment; blank lines are ignored
 * [MISS_OR_LOVE]          a section: the rule the phrases below it are flagged under
 * i miss you              a phrase, found as whole words in any case
 * ! i'd love you to       an exception: a phrase found only inside these words is not flagged
 * </pre>
 * Anything unexpected stops loading with the file name and line number, because a typo in a
 * section name would otherwise quietly switch a rule off.
 */
final class PhraseFile {

	/** The rules found by phrases; the others are found by counting or by the planned time. */
	static final Set<PressureRule> PHRASE_RULES = EnumSet.of(PressureRule.BACK_TOGETHER, PressureRule.MISS_OR_LOVE,
			PressureRule.GUILT_OR_BLAME, PressureRule.ULTIMATUM, PressureRule.DATING_LIFE);

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private final String source;

	private final Map<PressureRule, Section> sections = new EnumMap<>(PressureRule.class);

	private Section current;

	private PhraseFile(String source) {
		this.source = source;
	}

	/** One section as written, keeping line numbers so later checks can point at the line. */
	record Section(PressureRule rule, List<Line> phrases, List<Line> exceptions) {
	}

	record Line(String text, int number) {
	}

	static Map<PressureRule, Section> parse(Reader reader, String source) throws IOException {
		PhraseFile file = new PhraseFile(source);
		BufferedReader lines = new BufferedReader(reader);
		int number = 0;
		for (String line = lines.readLine(); line != null; line = lines.readLine()) {
			number++;
			file.read(stripByteOrderMark(line).strip(), number);
		}
		return file.complete();
	}

	static IllegalStateException malformed(String source, int line, String problem) {
		return new IllegalStateException(source + " line " + line + ": " + problem);
	}

	private void read(String line, int number) {
		if (line.isEmpty() || line.startsWith("#")) {
			return;
		}
		if (line.startsWith("[")) {
			startSection(line, number);
			return;
		}
		if (this.current == null) {
			throw malformed(this.source, number,
					"\"" + line + "\" comes before any section; start with a section such as [BACK_TOGETHER]");
		}
		boolean exception = line.startsWith("!");
		String phrase = PhrasePattern.normalise(exception ? line.substring(1) : line);
		if (phrase.codePoints().noneMatch(Character::isLetterOrDigit)) {
			throw malformed(this.source, number, "\"" + line + "\" has no words to look for");
		}
		List<Line> list = exception ? this.current.exceptions() : this.current.phrases();
		if (list.stream().anyMatch((l) -> l.text().equals(phrase))) {
			throw malformed(this.source, number, "\"" + phrase + "\" is listed twice in [" + this.current.rule() + "]");
		}
		list.add(new Line(phrase, number));
	}

	private void startSection(String line, int number) {
		if (!line.endsWith("]")) {
			throw malformed(this.source, number,
					"\"" + line + "\" looks like a section but does not end with ']'; write it like [BACK_TOGETHER]");
		}
		String name = line.substring(1, line.length() - 1).strip();
		PressureRule rule = Arrays.stream(PressureRule.values()).filter((r) -> r.name().equals(name)).findFirst()
				.orElseThrow(() -> malformed(this.source, number, "unknown section [" + name + "]; the sections are "
						+ sectionNames()));
		if (!PHRASE_RULES.contains(rule)) {
			throw malformed(this.source, number, "[" + name + "] is found by counting or by the planned time, not by"
					+ " phrases, so it has no section; the sections are " + sectionNames());
		}
		if (this.sections.containsKey(rule)) {
			throw malformed(this.source, number, "[" + name + "] appears twice; keep its phrases under one section");
		}
		this.current = new Section(rule, new ArrayList<>(), new ArrayList<>());
		this.sections.put(rule, this.current);
	}

	private Map<PressureRule, Section> complete() {
		for (PressureRule rule : PHRASE_RULES) {
			Section section = this.sections.get(rule);
			if (section == null || section.phrases().isEmpty()) {
				throw new IllegalStateException(this.source + ": [" + rule + "] has no phrases, so "
						+ rule + " would never be flagged; every section " + sectionNames() + " needs at least one");
			}
		}
		Map<PressureRule, Section> complete = new EnumMap<>(PressureRule.class);
		this.sections.forEach((rule, section) -> complete.put(rule,
				new Section(rule, List.copyOf(section.phrases()), List.copyOf(section.exceptions()))));
		return complete;
	}

	private static String sectionNames() {
		return PHRASE_RULES.stream().map((rule) -> "[" + rule + "]").collect(Collectors.joining(", "));
	}

	private static String stripByteOrderMark(String line) {
		return (!line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK) ? line.substring(1) : line;
	}

}
