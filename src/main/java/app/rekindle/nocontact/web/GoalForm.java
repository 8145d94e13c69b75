package app.rekindle.nocontact.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public class GoalForm {

	static final int TITLE_MAX = 100;

	static final int WHY_MAX = 2000;

	@NotBlank(message = "{goal.title.required}")
	@Size(max = TITLE_MAX, message = "{goal.title.tooLong}")
	private String title;

	@Size(max = WHY_MAX, message = "{text.tooLong2000}")
	private String why;

	String whyOrNull() {
		return (this.why == null || this.why.isBlank()) ? null : this.why.strip();
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getWhy() {
		return this.why;
	}

	public void setWhy(String why) {
		this.why = why;
	}

}
