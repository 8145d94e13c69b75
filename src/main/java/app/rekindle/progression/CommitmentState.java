package app.rekindle.progression;

public enum CommitmentState {

	PENDING, KEPT, BROKEN

}
