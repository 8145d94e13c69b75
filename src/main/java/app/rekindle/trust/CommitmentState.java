package app.rekindle.trust;

public enum CommitmentState {

	PENDING, KEPT, BROKEN

}
