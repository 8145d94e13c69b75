package app.rekindle.journey;

import java.time.Instant;

import app.rekindle.progression.SafetyConcern;

/** One reason reaching out closed for a journey, and when it was recorded, for reading it back. */
public record SafetyLockRecord(long journeyId, SafetyConcern concern, Instant recordedAt) {

}
