package app.rekindle.reflection;

import java.util.EnumSet;
import java.util.Set;

import app.rekindle.reflection.FixableAnswers.Unforgivable;
import app.rekindle.reflection.FixableAnswers.WhoseHands;

/**
 * An answer in reflection that points away from trying again. It brings a gentle word about moving
 * on, never a block: no gate reads it, and nothing closes because of it.
 */
public enum MovingOnSign {

	/** Something happened that one of them cannot forgive. */
	UNFORGIVABLE,

	/** Nothing would need to be different this time. */
	NOTHING_WOULD_CHANGE,

	/** Every reason of the motives check is about loneliness or missing what was: no serious intent of its own. */
	ONLY_LONELINESS;

	/**
	 * The signs in the answers of "Can it be fixed?" (null while unanswered), with the motives
	 * ticked in the motives check (empty while unanswered). None before "Can it be fixed?" is
	 * answered: the word answers what the person said there.
	 */
	public static Set<MovingOnSign> of(FixableAnswers fixable, Set<Motive> motives) {
		Set<MovingOnSign> signs = EnumSet.noneOf(MovingOnSign.class);
		if (fixable == null) {
			return signs;
		}
		if (fixable.unforgivable() == Unforgivable.YES) {
			signs.add(UNFORGIVABLE);
		}
		if (fixable.whoseHands() == WhoseHands.NOTHING) {
			signs.add(NOTHING_WOULD_CHANGE);
		}
		if (Motive.onlyLonelinessType(motives)) {
			signs.add(ONLY_LONELINESS);
		}
		return signs;
	}

}
