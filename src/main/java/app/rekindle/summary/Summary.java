package app.rekindle.summary;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import app.rekindle.checkin.CheckIn;
import app.rekindle.history.chart.HourChart;
import app.rekindle.history.chart.LineChart;
import app.rekindle.journey.Journey;
import app.rekindle.nocontact.UnsentLetter;
import app.rekindle.outreach.Conversation;
import app.rekindle.outreach.Draft;
import app.rekindle.progression.GateEvaluation;
import app.rekindle.progression.Stage;
import app.rekindle.reflection.FixableCheck;
import app.rekindle.reflection.ReflectionEntry;
import app.rekindle.trial.TrialService.CheckpointStatus;
import app.rekindle.trial.TrialTerms;
import app.rekindle.trust.Boundary;
import app.rekindle.trust.Commitment;
import app.rekindle.trust.SharedActivity;
import app.rekindle.trust.TrustSummary;

/**
 * Everything the printable summary shows, computed once for the page and the PDF alike. Without
 * a journey, the journey's parts are null or empty and the page says so. The person's own words
 * are only those {@code words} lets in; the lists of a part left out are empty, and
 * {@code canItBeFixed} (the answers to "Can it be fixed?", with the reflection's words) is null.
 * {@code trialTerms} are what was agreed when the trial started, or null for a journey that never
 * reached it; their words show only with the trial's.
 */
public record Summary(LocalDate generatedOn, ZoneId zone, SummaryRange range, Journey journey, GateEvaluation gate,
		CheckInFigures checkIns, LineChart moodChart, LineChart urgeChart, HourChart hourChart, int urges,
		List<ReflectionEntry> causes, List<ReflectionEntry> mistakes, List<ReflectionEntry> triggers,
		OutreachFigures outreach, TrustSummary trust, List<CheckpointStatus> checkpoints, SummaryWords words,
		List<CheckIn> notes, List<UnsentLetter> letters, Texts texts, FixableCheck canItBeFixed, TrialTerms trialTerms) {

	public boolean hasJourney() {
		return this.journey != null;
	}

	/** Whether the journey ever reached the stage (by name), so that its part of the summary has records. */
	public boolean reached(String stage) {
		return this.journey != null && this.journey.reached(Stage.valueOf(stage));
	}

	/** The words of the later stages, each list empty unless its part was asked for. */
	public record Texts(List<Draft> messages, List<Conversation> conversations, List<Commitment> commitments,
			List<Boundary> boundaries, List<SharedActivity> activities) {

		public static final Texts NONE = new Texts(List.of(), List.of(), List.of(), List.of(), List.of());

	}

}
