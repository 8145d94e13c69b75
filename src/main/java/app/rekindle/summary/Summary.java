package app.rekindle.summary;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import app.rekindle.checkin.CheckIn;
import app.rekindle.history.chart.HourChart;
import app.rekindle.history.chart.LineChart;
import app.rekindle.journey.Journey;
import app.rekindle.nocontact.UnsentLetter;
import app.rekindle.progression.GateEvaluation;
import app.rekindle.reflection.ReflectionEntry;
import app.rekindle.trial.TrialService.CheckpointStatus;
import app.rekindle.trust.TrustSummary;

/**
 * Everything the printable summary shows, computed once for the page and the PDF alike. Without
 * a journey, the journey's parts are null or empty and the page says so.
 */
public record Summary(LocalDate generatedOn, ZoneId zone, SummaryRange range, Journey journey, GateEvaluation gate,
		CheckInFigures checkIns, LineChart moodChart, LineChart urgeChart, HourChart hourChart, int urges,
		List<ReflectionEntry> causes, List<ReflectionEntry> mistakes, List<ReflectionEntry> triggers,
		OutreachFigures outreach, TrustSummary trust, List<CheckpointStatus> checkpoints, boolean withNotes,
		List<CheckIn> notes, List<UnsentLetter> letters) {

	public boolean hasJourney() {
		return this.journey != null;
	}

}
