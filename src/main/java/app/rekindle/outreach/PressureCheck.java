package app.rekindle.outreach;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Looks through a draft for what can put pressure on the person it is written to. Findings are
 * warnings with a reason and a gentler idea; they never stop anyone from keeping or sending a
 * draft. The phrases live in {@value #PHRASES} so they can be tuned without touching code.
 * Immutable and safe to share; load it once.
 */
public final class PressureCheck {

	public static final int MAX_CHARACTERS = 300;

	static final String PHRASES = "/outreach/pressure-phrases.txt";

	private static final LocalTime LATE_NIGHT_STARTS = LocalTime.of(22, 0);

	private static final LocalTime LATE_NIGHT_ENDS = LocalTime.of(6, 0);

	private static final DateTimeFormatter HOURS_AND_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

	// "??" and "?!" are one question asked with feeling, not two questions.
	private static final Pattern QUESTION = Pattern.compile("[?？‽][?？‽!！]*");

	private final Map<PressureRule, PhraseList> phrases;

	private PressureCheck(Map<PressureRule, PhraseList> phrases) {
		this.phrases = phrases;
	}

	/** Loads the phrases shipped with the app, failing at once if the file is missing or malformed. */
	public static PressureCheck fromClasspath() {
		return fromClasspath(PHRASES);
	}

	static PressureCheck fromClasspath(String resource) {
		try (InputStream in = PressureCheck.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("The pressure check's phrases " + resource
						+ " are missing from the classpath");
			}
			// A decoder of its own reports bytes that are not UTF-8 instead of quietly replacing them.
			return from(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()), resource);
		}
		catch (CharacterCodingException ex) {
			throw new IllegalStateException("The pressure check's phrases " + resource + " are not UTF-8 text", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The pressure check's phrases " + resource + " could not be read", ex);
		}
	}

	static PressureCheck from(Reader reader, String source) throws IOException {
		Map<PressureRule, PhraseList> phrases = new EnumMap<>(PressureRule.class);
		PhraseFile.parse(reader, source).forEach((rule, section) -> phrases.put(rule, PhraseList.of(section, source)));
		return new PressureCheck(phrases);
	}

	/**
	 * What in the draft may put pressure on them, in {@link PressureRule} order and at most once per
	 * rule (the first place it happens). Without a planned time, the time is not checked.
	 */
	public List<PressureFinding> check(String text, LocalTime plannedSendTime) {
		String draft = (text != null) ? text : "";
		List<PressureFinding> findings = new ArrayList<>();
		for (PressureRule rule : PressureRule.values()) {
			excerpt(rule, draft, plannedSendTime).ifPresent((excerpt) -> findings.add(new PressureFinding(rule, excerpt)));
		}
		return List.copyOf(findings);
	}

	private Optional<String> excerpt(PressureRule rule, String draft, LocalTime plannedSendTime) {
		return switch (rule) {
			case MANY_QUESTIONS -> manyQuestions(draft);
			case TOO_LONG -> tooLong(draft);
			case LATE_NIGHT -> lateNight(plannedSendTime);
			default -> this.phrases.get(rule).firstIn(draft);
		};
	}

	private static Optional<String> manyQuestions(String draft) {
		long questions = QUESTION.matcher(draft).results().count();
		return (questions > 1) ? Optional.of(questions + " questions") : Optional.empty();
	}

	// Code points, so an emoji is one character as the reader sees it; the spaces and line breaks
	// around the message are not part of what they read.
	private static Optional<String> tooLong(String draft) {
		String message = draft.strip();
		int characters = message.codePointCount(0, message.length());
		return (characters > MAX_CHARACTERS) ? Optional.of(characters + " characters") : Optional.empty();
	}

	private static Optional<String> lateNight(LocalTime plannedSendTime) {
		if (plannedSendTime == null) {
			return Optional.empty();
		}
		boolean late = !plannedSendTime.isBefore(LATE_NIGHT_STARTS) || plannedSendTime.isBefore(LATE_NIGHT_ENDS);
		return late ? Optional.of(HOURS_AND_MINUTES.format(plannedSendTime)) : Optional.empty();
	}

}
