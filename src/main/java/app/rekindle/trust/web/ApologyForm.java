package app.rekindle.trust.web;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

import app.rekindle.trust.Apology;
import app.rekindle.trust.ApologyContent;

/**
 * The apology in four parts. A draft may leave parts empty; noting it as delivered asks for all
 * four, and the day it was given cannot be in the future.
 */
public class ApologyForm {

	static final int PART_MAX = 2000;

	static final int MISTAKES_MAX = 200;

	static final String[] PARTS = { "whatIDid", "thatItWasMine", "whatIWillDo", "howYouWillSee" };

	@Size(max = PART_MAX, message = "{trust.text.tooLong2000}")
	private String whatIDid;

	@Size(max = PART_MAX, message = "{trust.text.tooLong2000}")
	private String thatItWasMine;

	@Size(max = PART_MAX, message = "{trust.text.tooLong2000}")
	private String whatIWillDo;

	@Size(max = PART_MAX, message = "{trust.text.tooLong2000}")
	private String howYouWillSee;

	@Size(max = MISTAKES_MAX, message = "{trust.apology.mistakes.tooMany}")
	private Set<Long> coveredMistakes = new LinkedHashSet<>();

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate deliveredOn;

	static ApologyForm of(Apology apology) {
		ApologyForm form = new ApologyForm();
		form.whatIDid = apology.getWhatIDid();
		form.thatItWasMine = apology.getThatItWasMine();
		form.whatIWillDo = apology.getWhatIWillDo();
		form.howYouWillSee = apology.getHowYouWillSee();
		form.coveredMistakes = new LinkedHashSet<>(apology.getCoveredMistakes());
		form.deliveredOn = apology.getDeliveredOn();
		return form;
	}

	void validate(Errors errors, LocalDate today) {
		if (this.deliveredOn != null && this.deliveredOn.isAfter(today)) {
			errors.rejectValue("deliveredOn", "trust.date.future");
		}
		String[] parts = parts();
		if (this.deliveredOn != null) {
			for (int i = 0; i < PARTS.length; i++) {
				if (isBlank(parts[i]) && !errors.hasFieldErrors(PARTS[i])) {
					errors.rejectValue(PARTS[i], "trust.apology.part.requiredToDeliver");
				}
			}
		}
		else if (!errors.hasFieldErrors("deliveredOn") && isBlank(parts[0]) && isBlank(parts[1]) && isBlank(parts[2])
				&& isBlank(parts[3])) {
			errors.rejectValue(PARTS[0], "trust.apology.empty");
		}
	}

	ApologyContent toContent() {
		return new ApologyContent(stripped(this.whatIDid), stripped(this.thatItWasMine), stripped(this.whatIWillDo),
				stripped(this.howYouWillSee), this.coveredMistakes, this.deliveredOn);
	}

	private String[] parts() {
		return new String[] { this.whatIDid, this.thatItWasMine, this.whatIWillDo, this.howYouWillSee };
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	private static String stripped(String text) {
		return isBlank(text) ? null : text.strip();
	}

	public String getWhatIDid() {
		return this.whatIDid;
	}

	public void setWhatIDid(String whatIDid) {
		this.whatIDid = whatIDid;
	}

	public String getThatItWasMine() {
		return this.thatItWasMine;
	}

	public void setThatItWasMine(String thatItWasMine) {
		this.thatItWasMine = thatItWasMine;
	}

	public String getWhatIWillDo() {
		return this.whatIWillDo;
	}

	public void setWhatIWillDo(String whatIWillDo) {
		this.whatIWillDo = whatIWillDo;
	}

	public String getHowYouWillSee() {
		return this.howYouWillSee;
	}

	public void setHowYouWillSee(String howYouWillSee) {
		this.howYouWillSee = howYouWillSee;
	}

	public Set<Long> getCoveredMistakes() {
		return this.coveredMistakes;
	}

	public void setCoveredMistakes(Set<Long> coveredMistakes) {
		this.coveredMistakes = (coveredMistakes != null) ? coveredMistakes : new LinkedHashSet<>();
	}

	public LocalDate getDeliveredOn() {
		return this.deliveredOn;
	}

	public void setDeliveredOn(LocalDate deliveredOn) {
		this.deliveredOn = deliveredOn;
	}

}
