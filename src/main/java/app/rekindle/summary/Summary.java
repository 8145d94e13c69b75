package app.rekindle.summary;

import app.rekindle.progression.Stage;

/**
 * Everything the printable summary shows, computed once for the page and the PDF alike: one part
 * for each section of {@code summary/content.html}, which reads nothing else. A new section is one
 * more part here, with its {@code NONE} in {@link #withoutJourney} if it belongs to a journey.
 * <p>
 * Without a journey, {@code journey} is null, the parts of the stages are their {@code NONE}, and
 * the page says so. The person's own words are only those {@code words} lets in; the lists of words
 * left out are empty.
 *
 * @param journey {@code null} without a journey (see {@link #hasJourney()})
 */
public record Summary(SummaryPeriod period, SummaryWords words, JourneyPart journey, CheckInPart checkIns,
		ReflectionPart reflection, ReachingOutPart reachingOut, TrustPart trust, TrialPart trial, NotesPart notes) {

	/** The summary of an account that has no journey yet: its check-ins, and its notes if asked for. */
	static Summary withoutJourney(SummaryPeriod period, SummaryWords words, CheckInPart checkIns, NotesPart notes) {
		return new Summary(period, words, null, checkIns, ReflectionPart.NONE, ReachingOutPart.NONE, TrustPart.NONE,
				TrialPart.NONE, notes);
	}

	public boolean hasJourney() {
		return this.journey != null;
	}

	/** Whether the journey ever reached the stage (by name), so that its part of the summary has records. */
	public boolean reached(String stage) {
		return this.journey != null && this.journey.journey().reached(Stage.valueOf(stage));
	}

}
