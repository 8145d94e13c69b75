package app.rekindle.nocontact.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public class UrgeForm {

	static final int LETTER_MAX = 4000;

	@NotNull(message = "{checkin.urge.required}")
	@Min(value = 0, message = "{checkin.urge.range}")
	@Max(value = 10, message = "{checkin.urge.range}")
	private Integer strength;

	@Size(max = LETTER_MAX, message = "{letter.tooLong}")
	private String letter;

	String letterOrNull() {
		return (this.letter == null || this.letter.isBlank()) ? null : this.letter.strip();
	}

	public Integer getStrength() {
		return this.strength;
	}

	public void setStrength(Integer strength) {
		this.strength = strength;
	}

	public String getLetter() {
		return this.letter;
	}

	public void setLetter(String letter) {
		this.letter = letter;
	}

}
