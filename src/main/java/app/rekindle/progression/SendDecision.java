package app.rekindle.progression;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether a draft may be marked sent now: it must have rested a full day since it was last
 * changed, the pacing after an unanswered message must allow it, and reaching out must be open.
 */
public record SendDecision(Reason reason, Optional<Instant> notBefore) {

	public enum Reason {

		ALLOWED, RESTING, PACING, LOCKED

	}

	public boolean isAllowed() {
		return this.reason == Reason.ALLOWED;
	}

	public static SendDecision decide(Instant restedSince, Instant now, GateEvaluation gate, RulesProperties.Outreach rules) {
		if (gate.isLocked() || gate.stage() != Stage.REACHING_OUT) {
			return new SendDecision(Reason.LOCKED, Optional.empty());
		}
		Instant rested = restedSince.plus(Duration.ofHours(rules.coolingHours()));
		if (now.isBefore(rested)) {
			return new SendDecision(Reason.RESTING, Optional.of(rested));
		}
		if (!gate.pacing().maySendAt(now)) {
			return new SendDecision(Reason.PACING, gate.pacing().nextSendAllowedAt());
		}
		return new SendDecision(Reason.ALLOWED, Optional.empty());
	}

}
