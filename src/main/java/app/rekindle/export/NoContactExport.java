package app.rekindle.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import app.rekindle.nocontact.GoalProgress;
import app.rekindle.nocontact.GrowthGoal;
import app.rekindle.nocontact.UnsentLetter;
import app.rekindle.nocontact.UrgeEvent;

/** Stage 2 of a journey besides the check-ins: growth goals, unsent letters and logged urges. */
public record NoContactExport(List<GoalData> growthGoals, List<LetterData> unsentLetters, List<UrgeData> urges) {

	static NoContactExport of(List<GrowthGoal> goals, List<UnsentLetter> letters, List<UrgeEvent> urges) {
		return new NoContactExport(goals.stream().map(GoalData::of).toList(),
				letters.stream()
					.sorted(Comparator.comparing(UnsentLetter::getWrittenAt).thenComparing(UnsentLetter::getId))
					.map(LetterData::of)
					.toList(),
				urges.stream().map(UrgeData::of).toList());
	}

	/** A goal and its steps, earliest step first. */
	public record GoalData(String title, String why, Instant createdAt, List<ProgressData> progress) {

		static GoalData of(GrowthGoal goal) {
			return new GoalData(goal.getTitle(), goal.getWhy(), goal.getCreatedAt(),
					goal.getProgress()
						.stream()
						.sorted(Comparator.comparing(GoalProgress::getDay).thenComparing(GoalProgress::getCreatedAt))
						.map(ProgressData::of)
						.toList());
		}

	}

	public record ProgressData(LocalDate day, String what, Instant createdAt) {

		static ProgressData of(GoalProgress progress) {
			return new ProgressData(progress.getDay(), progress.getWhat(), progress.getCreatedAt());
		}

	}

	public record LetterData(String body, Instant writtenAt) {

		static LetterData of(UnsentLetter letter) {
			return new LetterData(letter.getBody(), letter.getWrittenAt());
		}

	}

	public record UrgeData(Instant feltAt, int strength) {

		static UrgeData of(UrgeEvent urge) {
			return new UrgeData(urge.getFeltAt(), urge.getStrength());
		}

	}

}
