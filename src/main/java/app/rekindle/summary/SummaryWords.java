package app.rekindle.summary;

/**
 * Which of the person's own words a summary carries, each part chosen on its own; the figures and
 * charts are always there. A part left out is never handed to the page or the PDF: its lists in
 * {@link Summary} are empty, and the few texts read for a figure anyway (a reflection entry's
 * category, the apology's parts written) are shown only as that figure.
 *
 * @param nickname the name given to the ex, in the subtitle
 * @param reflection why it ended, their own part with what they will do differently, triggers, and the
 * answers to "Can it be fixed?"
 * @param notes check-in notes and unsent letters
 * @param reachingOut messages written, the notes on replies and conversations, and looking back on each conversation
 * @param trust the apology, promises, boundaries and shared activities
 * @param trial what the two agreed will be different in the trial, and the checkpoints' notes, what
 * was missing after a "not yet", and the red flags marked
 */
public record SummaryWords(boolean nickname, boolean reflection, boolean notes, boolean reachingOut, boolean trust,
		boolean trial) {

	/** What a person expects from a summary they did not tailor: the name and reflection, nothing private beyond. */
	public static final SummaryWords USUAL = new SummaryWords(true, true, false, false, false, false);

}
