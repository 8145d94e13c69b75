package app.rekindle.reflection.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

import app.rekindle.reflection.BreakupCause;
import app.rekindle.reflection.EntryContent;
import app.rekindle.reflection.EntryKind;
import app.rekindle.reflection.ReflectionEntry;

public class EntryForm {

	static final int TEXT_MAX = 2000;

	private BreakupCause category;

	@NotBlank(message = "{reflection.body.required}")
	@Size(max = TEXT_MAX, message = "{reflection.text.tooLong}")
	private String body;

	@Size(max = TEXT_MAX, message = "{reflection.text.tooLong}")
	private String plan;

	static EntryForm of(ReflectionEntry entry) {
		EntryForm form = new EntryForm();
		form.category = entry.getCategory();
		form.body = entry.getBody();
		form.plan = entry.getPlan();
		return form;
	}

	/** What depends on the list: a category for causes, the plan for mistakes. */
	void validate(EntryKind kind, Errors errors) {
		if (kind.hasCategory() && this.category == null && !errors.hasFieldErrors("category")) {
			errors.rejectValue("category", "reflection.category.required");
		}
		if (kind.planRequired() && (this.plan == null || this.plan.isBlank())) {
			errors.rejectValue("plan", "reflection.plan.required");
		}
	}

	EntryContent toContent(EntryKind kind) {
		String trimmedPlan = (this.plan == null || this.plan.isBlank()) ? null : this.plan.strip();
		return new EntryContent(kind, this.category, this.body.strip(), trimmedPlan);
	}

	public BreakupCause getCategory() {
		return this.category;
	}

	public void setCategory(BreakupCause category) {
		this.category = category;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public String getPlan() {
		return this.plan;
	}

	public void setPlan(String plan) {
		this.plan = plan;
	}

}
