package app.rekindle.export;

import java.time.Instant;
import java.util.List;

import app.rekindle.reflection.EntryKind;
import app.rekindle.reflection.MotivesCheck;
import app.rekindle.reflection.ReflectionEntry;
import app.rekindle.reflection.SafetyAnswers;
import app.rekindle.reflection.SafetyScreen;

/**
 * Stage 1 of a journey: the four lists, the motives check and the safety screen (each null until
 * answered). Entries carry their id, which the apology and shared activities refer to.
 */
public record ReflectionExport(List<EntryData> causes, List<EntryData> mistakes, List<EntryData> triggers,
		List<EntryData> growth, MotivesData motivesCheck, SafetyScreenData safetyScreen) {

	static ReflectionExport of(List<ReflectionEntry> entries, MotivesCheck motives, SafetyScreen screen) {
		return new ReflectionExport(of(entries, EntryKind.CAUSE), of(entries, EntryKind.MISTAKE),
				of(entries, EntryKind.TRIGGER), of(entries, EntryKind.GROWTH),
				(motives != null) ? MotivesData.of(motives) : null,
				(screen != null) ? SafetyScreenData.of(screen) : null);
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

}
