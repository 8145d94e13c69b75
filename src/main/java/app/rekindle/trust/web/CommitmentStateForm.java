package app.rekindle.trust.web;

import jakarta.validation.constraints.NotNull;

import app.rekindle.trust.CommitmentState;

/** The new state of one commitment. */
public class CommitmentStateForm {

	@NotNull(message = "{trust.commitment.state.required}")
	private CommitmentState state;

	public CommitmentState getState() {
		return this.state;
	}

	public void setState(CommitmentState state) {
		this.state = state;
	}

}
