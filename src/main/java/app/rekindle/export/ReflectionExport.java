package app.rekindle.export;

import java.time.Instant;
import java.util.List;

import app.rekindle.reflection.EntryKind;
import app.rekindle.reflection.FixableAnswers;
import app.rekindle.reflection.FixableCheck;
import app.rekindle.reflection.MotivesCheck;
import app.rekindle.reflection.ReflectionEntry;
import app.rekindle.reflection.SafetyAnswers;
import app.rekindle.reflection.SafetyScreen;

/**
 * Stage 1 of a journey: the four lists, the motives check, the safety screen and "Can it be fixed?"
 * (each null until answered). Entries carry their id, which the apology and shared activities refer
 * to.
 */
public record ReflectionExport(List<EntryData> causes, List<EntryData> mistakes, List<EntryData> triggers,
		List<EntryData> growth, MotivesData motivesCheck, SafetyScreenData safetyScreen, FixableData canItBeFixed) {

	static ReflectionExport of(List<ReflectionEntry> entries, MotivesCheck motives, SafetyScreen screen,
			FixableCheck fixable) {
		return new ReflectionExport(of(entries, EntryKind.CAUSE), of(entries, EntryKind.MISTAKE),
				of(entries, EntryKind.TRIGGER), of(entries, EntryKind.GROWTH),
				(motives != null) ? MotivesData.of(motives) : null,
				(screen != null) ? SafetyScreenData.of(screen) : null,
				(fixable != null) ? FixableData.of(fixable) : null);
	}

	private static List<EntryData> of(List<ReflectionEntry> entries, EntryKind kind) {
		return entries.stream().filter((entry) -> entry.getKind() == kind).map(EntryData::of).toList();
	}

	/** {@code category} only for causes; {@code plan} for mistakes and (optional) triggers. */
	public record EntryData(long id, String category, String body, String plan, Instant createdAt) {

		static EntryData of(ReflectionEntry entry) {
			return new EntryData(entry.getId(), Names.of(entry.getCategory()), entry.getBody(), entry.getPlan(),
					entry.getCreatedAt());
		}

	}

	public record MotivesData(List<String> motives, String note, Instant answeredAt) {

		static MotivesData of(MotivesCheck check) {
			return new MotivesData(Names.sorted(check.getMotives()), check.getNote(), check.getAnsweredAt());
		}

	}

	public record SafetyScreenData(boolean violence, boolean threats, boolean controlling, boolean fear,
			boolean protectiveOrder, boolean askedForNoContact, boolean blocked, boolean newRelationship,
			Instant answeredAt) {

		static SafetyScreenData of(SafetyScreen screen) {
			SafetyAnswers answers = screen.answers();
			return new SafetyScreenData(answers.violence(), answers.threats(), answers.controlling(), answers.fear(),
					answers.protectiveOrder(), answers.askedForNoContact(), answers.blocked(),
					answers.newRelationship(), screen.getAnsweredAt());
		}

	}

	/** The answers to "Can it be fixed?": a choice for each question and the person's words (null where left empty). */
	public record FixableData(String unforgivable, String unforgivableNote, String changed, String changedNote,
			String mustBeDifferent, String whoseHands, String othersView, String othersNote, Instant answeredAt) {

		static FixableData of(FixableCheck check) {
			FixableAnswers answers = check.answers();
			return new FixableData(Names.of(answers.unforgivable()), answers.unforgivableNote(),
					Names.of(answers.changed()), answers.changedNote(), answers.mustBeDifferent(),
					Names.of(answers.whoseHands()), Names.of(answers.othersView()), answers.othersNote(),
					check.getAnsweredAt());
		}

	}

}
