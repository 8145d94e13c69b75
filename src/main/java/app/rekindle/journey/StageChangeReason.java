package app.rekindle.journey;

/** Why a journey changed stage; the timeline shows it. */
public enum StageChangeReason {

	STARTED, GATE_PASSED, CHOSE_TO_MOVE_ON, SAFETY_LOCK, BACK_TO_NO_CONTACT, RECONCILED

}
