package app.rekindle.trust.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import app.rekindle.trust.CommitmentState;

/** A new commitment; most start pending, and one already kept or broken can be logged as such. */
public class CommitmentForm {

	static final int PROMISE_MAX = 500;

	@NotBlank(message = "{trust.commitment.promise.required}")
	@Size(max = PROMISE_MAX, message = "{trust.text.tooLong500}")
	private String promise;

	@NotNull(message = "{trust.commitment.dueOn.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dueOn;

	@NotNull(message = "{trust.commitment.state.required}")
	private CommitmentState state = CommitmentState.PENDING;

	public String getPromise() {
		return this.promise;
	}

	public void setPromise(String promise) {
		this.promise = promise;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public void setDueOn(LocalDate dueOn) {
		this.dueOn = dueOn;
	}

	public CommitmentState getState() {
		return this.state;
	}

	public void setState(CommitmentState state) {
		this.state = state;
	}

}
