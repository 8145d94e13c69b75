package app.rekindle.reflection;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import app.rekindle.reflection.FixableAnswers.Changed;
import app.rekindle.reflection.FixableAnswers.OthersView;
import app.rekindle.reflection.FixableAnswers.Unforgivable;
import app.rekindle.reflection.FixableAnswers.WhoseHands;

import static org.assertj.core.api.Assertions.assertThat;

/** Which answers point away from trying again: something unforgivable, nothing to change, loneliness alone. */
class MovingOnSignTests {

	private static final Set<Motive> SERIOUS = EnumSet.of(Motive.LONELY, Motive.BUILD_SOMETHING_BETTER);

	@Test
	void noneWhileCanItBeFixedIsUnanswered() {
		assertThat(MovingOnSign.of(null, EnumSet.of(Motive.LONELY))).isEmpty();
	}

	@Test
	void noneForAnswersThatKeepTheWayOpen() {
		for (Unforgivable unforgivable : EnumSet.complementOf(EnumSet.of(Unforgivable.YES))) {
			for (WhoseHands hands : EnumSet.complementOf(EnumSet.of(WhoseHands.NOTHING))) {
				for (Changed changed : Changed.values()) {
					for (OthersView others : OthersView.values()) {
						assertThat(MovingOnSign.of(answers(unforgivable, changed, hands, others), SERIOUS))
							.as("%s %s %s %s", unforgivable, changed, hands, others)
							.isEmpty();
					}
				}
			}
		}
		assertThat(MovingOnSign.of(answers(Unforgivable.NO, Changed.BOTH, WhoseHands.MINE, OthersView.SAME), Set.of()))
			.as("a motives check not answered yet is no sign")
			.isEmpty();
	}

	@Test
	void eachSignComesFromItsOwnAnswer() {
		assertThat(MovingOnSign.of(answers(Unforgivable.YES, Changed.BOTH, WhoseHands.MINE, OthersView.SAME), SERIOUS))
			.containsExactly(MovingOnSign.UNFORGIVABLE);
		assertThat(MovingOnSign.of(answers(Unforgivable.NO, Changed.BOTH, WhoseHands.NOTHING, OthersView.SAME), SERIOUS))
			.containsExactly(MovingOnSign.NOTHING_WOULD_CHANGE);
		assertThat(MovingOnSign.of(answers(Unforgivable.NO, Changed.BOTH, WhoseHands.MINE, OthersView.SAME),
				EnumSet.of(Motive.LONELY, Motive.NOSTALGIC)))
			.containsExactly(MovingOnSign.ONLY_LONELINESS);
		assertThat(MovingOnSign.of(answers(Unforgivable.YES, Changed.ONLY_ME, WhoseHands.NOTHING, OthersView.DIFFERENT),
				EnumSet.of(Motive.WANT_TO_FEEL_WANTED)))
			.containsExactly(MovingOnSign.UNFORGIVABLE, MovingOnSign.NOTHING_WOULD_CHANGE, MovingOnSign.ONLY_LONELINESS);
	}

	private static FixableAnswers answers(Unforgivable unforgivable, Changed changed, WhoseHands hands, OthersView others) {
		return new FixableAnswers(unforgivable, null, changed, null, null, hands, others, null);
	}

}
