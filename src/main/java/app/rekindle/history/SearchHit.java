package app.rekindle.history;

import java.time.LocalDate;
import java.util.List;

/**
 * One piece of writing whose text contains the search words: what kind it is, its date, where it
 * lives, and a snippet cut into plain and matching parts, so a page can mark the matches while
 * escaping everything.
 */
public record SearchHit(LocalDate date, Source source, String link, List<Part> parts) {

	public SearchHit {
		parts = List.copyOf(parts);
	}

	/**
	 * Every kind of text a person writes in the journal. The page names each with the message
	 * {@code history.kind.<NAME>}.
	 */
	public enum Source {

		CHECK_IN_NOTE, CHECK_IN_SELF_CARE, UNSENT_LETTER,

		CAUSE, MISTAKE, MISTAKE_PLAN, TRIGGER, TRIGGER_PLAN, GROWTH, MOTIVES_NOTE,

		FIXABLE_UNFORGIVABLE, FIXABLE_CHANGED, FIXABLE_MUST_BE_DIFFERENT, FIXABLE_OTHERS,

		GOAL, GOAL_WHY, GOAL_STEP,

		DRAFT, REPLY_NOTE, CONVERSATION_NOTE,

		CONVERSATION_REVIEW_NOTE,

		APOLOGY_WHAT_I_DID, APOLOGY_THAT_IT_WAS_MINE, APOLOGY_WHAT_I_WILL_DO, APOLOGY_HOW_YOU_WILL_SEE, COMMITMENT,
		BOUNDARY, ACTIVITY, ACTIVITY_NOTE,

		TRIAL_TERMS, CHECKPOINT_NOTE, CHECKPOINT_MISSING, JOURNEY_NOTE;

		/** The message code of the kind's name, as in "Unsent letter". */
		public String messageCode() {
			return "history.kind." + name();
		}

	}

	public record Part(String text, boolean match) {
	}

}
