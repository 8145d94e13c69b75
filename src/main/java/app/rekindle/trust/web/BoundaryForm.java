package app.rekindle.trust.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import app.rekindle.trust.Boundary;
import app.rekindle.trust.BoundaryContent;
import app.rekindle.trust.Whose;

public class BoundaryForm {

	static final int DESCRIPTION_MAX = 500;

	@NotBlank(message = "{trust.boundary.description.required}")
	@Size(max = DESCRIPTION_MAX, message = "{trust.text.tooLong500}")
	private String description;

	@NotNull(message = "{trust.boundary.whose.required}")
	private Whose whose;

	@NotNull(message = "{trust.boundary.agreed.required}")
	private Boolean agreedByBoth;

	static BoundaryForm of(Boundary boundary) {
		BoundaryForm form = new BoundaryForm();
		form.description = boundary.getDescription();
		form.whose = boundary.getWhose();
		form.agreedByBoth = boundary.isAgreedByBoth();
		return form;
	}

	BoundaryContent toContent() {
		return new BoundaryContent(this.description.strip(), this.whose, this.agreedByBoth);
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Whose getWhose() {
		return this.whose;
	}

	public void setWhose(Whose whose) {
		this.whose = whose;
	}

	public Boolean getAgreedByBoth() {
		return this.agreedByBoth;
	}

	public void setAgreedByBoth(Boolean agreedByBoth) {
		this.agreedByBoth = agreedByBoth;
	}

}
