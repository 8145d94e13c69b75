package app.rekindle.reflection.web;

import jakarta.validation.constraints.NotNull;

import app.rekindle.reflection.SafetyAnswers;

/** One yes-or-no answer per question; none may be left out. */
public class SafetyScreenForm {

	@NotNull(message = "{safety.answer.required}")
	private Boolean violence;

	@NotNull(message = "{safety.answer.required}")
	private Boolean threats;

	@NotNull(message = "{safety.answer.required}")
	private Boolean controlling;

	@NotNull(message = "{safety.answer.required}")
	private Boolean fear;

	@NotNull(message = "{safety.answer.required}")
	private Boolean protectiveOrder;

	@NotNull(message = "{safety.answer.required}")
	private Boolean askedForNoContact;

	@NotNull(message = "{safety.answer.required}")
	private Boolean blocked;

	@NotNull(message = "{safety.answer.required}")
	private Boolean newRelationship;

	static SafetyScreenForm of(SafetyAnswers answers) {
		SafetyScreenForm form = new SafetyScreenForm();
		form.violence = answers.violence();
		form.threats = answers.threats();
		form.controlling = answers.controlling();
		form.fear = answers.fear();
		form.protectiveOrder = answers.protectiveOrder();
		form.askedForNoContact = answers.askedForNoContact();
		form.blocked = answers.blocked();
		form.newRelationship = answers.newRelationship();
		return form;
	}

	SafetyAnswers toAnswers() {
		return new SafetyAnswers(this.violence, this.threats, this.controlling, this.fear, this.protectiveOrder,
				this.askedForNoContact, this.blocked, this.newRelationship);
	}

	public Boolean getViolence() {
		return this.violence;
	}

	public void setViolence(Boolean violence) {
		this.violence = violence;
	}

	public Boolean getThreats() {
		return this.threats;
	}

	public void setThreats(Boolean threats) {
		this.threats = threats;
	}

	public Boolean getControlling() {
		return this.controlling;
	}

	public void setControlling(Boolean controlling) {
		this.controlling = controlling;
	}

	public Boolean getFear() {
		return this.fear;
	}

	public void setFear(Boolean fear) {
		this.fear = fear;
	}

	public Boolean getProtectiveOrder() {
		return this.protectiveOrder;
	}

	public void setProtectiveOrder(Boolean protectiveOrder) {
		this.protectiveOrder = protectiveOrder;
	}

	public Boolean getAskedForNoContact() {
		return this.askedForNoContact;
	}

	public void setAskedForNoContact(Boolean askedForNoContact) {
		this.askedForNoContact = askedForNoContact;
	}

	public Boolean getBlocked() {
		return this.blocked;
	}

	public void setBlocked(Boolean blocked) {
		this.blocked = blocked;
	}

	public Boolean getNewRelationship() {
		return this.newRelationship;
	}

	public void setNewRelationship(Boolean newRelationship) {
		this.newRelationship = newRelationship;
	}

}
