package app.rekindle.trial;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import app.rekindle.progression.SafetyConcern;

import static org.assertj.core.api.Assertions.assertThat;

class CheckpointReviewTests {

	@Test
	void whatIsMissingGoesWithANotYetOnly() {
		CheckpointReview review = new CheckpointReview(true, false, true, false, null, "changes", "problems",
				"closeness", "past", Set.of());
		assertThat(review.changesMissing()).isNull();
		assertThat(review.problemsMissing()).isEqualTo("problems");
		assertThat(review.closenessMissing()).isNull();
		assertThat(review.pastMissing()).isEqualTo("past");
		assertThat(review.yesCount()).isEqualTo(2);
	}

	@Test
	void fearAndControlAreAboutSafetyAndRecordWhatTheSafetyScreenRecords() {
		assertThat(RedFlag.safetyConcerns(EnumSet.allOf(RedFlag.class)))
			.containsExactlyInAnyOrder(SafetyConcern.FEAR_OF_EX, SafetyConcern.COERCIVE_CONTROL);
		assertThat(RedFlag.safetyConcerns(EnumSet.of(RedFlag.OLD_PATTERNS, RedFlag.WANTS_TO_STOP))).isEmpty();
		assertThat(SafetyConcern.FEAR_OF_EX.isAboutSafety()).isTrue();
		assertThat(SafetyConcern.COERCIVE_CONTROL.isAboutSafety()).isTrue();

		assertThat(new CheckpointReview(true, true, true, true, null, null, null, null, null, Set.of(RedFlag.FEAR))
			.marksSafetyConcern()).isTrue();
		assertThat(new CheckpointReview(true, true, true, true, null, null, null, null, null,
				Set.of(RedFlag.WANTS_TO_STOP)).marksSafetyConcern()).isFalse();
	}

	@Test
	void theRedFlagsKeepTheirOrderWhateverOrderTheyCameIn() {
		CheckpointReview review = new CheckpointReview(false, false, false, false, null, null, null, null, null,
				Set.of(RedFlag.WANTS_TO_STOP, RedFlag.FEAR, RedFlag.OLD_PATTERNS));
		assertThat(review.redFlags()).containsExactly(RedFlag.FEAR, RedFlag.OLD_PATTERNS, RedFlag.WANTS_TO_STOP);
		assertThat(new RedFlagSetConverter().convertToDatabaseColumn(review.redFlags())).isEqualTo("FEAR,OLD_PATTERNS,WANTS_TO_STOP");
		assertThat(new RedFlagSetConverter().convertToEntityAttribute("")).isEmpty();
		assertThat(new RedFlagSetConverter().convertToEntityAttribute(null)).isEmpty();
	}

}
