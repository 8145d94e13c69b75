package app.rekindle.summary;

import java.util.List;

import app.rekindle.journey.Journey;
import app.rekindle.journey.StageChange;
import app.rekindle.progression.GateEvaluation;
import app.rekindle.progression.NoContactCount;
import app.rekindle.progression.Requirement;
import app.rekindle.progression.Stage;

/**
 * The journey the summary is about, for its stages, its no-contact count and where things stand:
 * the journey with its timeline, and the gate of the stage it is in.
 */
public record JourneyPart(Journey journey, GateEvaluation gate) {

	/** The name the person gave the ex; shown only when {@link SummaryWords#nickname()} lets it in. */
	public String nickname() {
		return this.journey.getNickname();
	}

	public List<StageChange> timeline() {
		return this.journey.getTimeline();
	}

	public boolean isActive() {
		return this.journey.isActive();
	}

	public Stage stage() {
		return this.journey.getStage();
	}

	public NoContactCount noContact() {
		return this.gate.noContact();
	}

	/** What the current stage asks, with progress: the checklist of "where things stand". */
	public List<Requirement> requirements() {
		return this.gate.requirements();
	}

}
