package app.rekindle.journey;

import app.rekindle.progression.GateEvaluation;

/** A journey with its gate, as of now. */
public record JourneyState(Journey journey, GateEvaluation gate) {

}
