package app.rekindle.checkin.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import app.rekindle.checkin.CheckIn;
import app.rekindle.checkin.CheckInAnswers;
import app.rekindle.checkin.ContactKind;
import app.rekindle.checkin.SelfCare;

public class CheckInForm {

	static final int NOTE_MAX = 2000;

	static final int OTHER_MAX = 100;

	@NotNull(message = "{checkin.mood.required}")
	@Min(value = 1, message = "{checkin.mood.range}")
	@Max(value = 5, message = "{checkin.mood.range}")
	private Integer mood;

	@NotNull(message = "{checkin.urge.required}")
	@Min(value = 0, message = "{checkin.urge.range}")
	@Max(value = 10, message = "{checkin.urge.range}")
	private Integer urge;

	@NotNull(message = "{checkin.contact.required}")
	private ContactKind contact = ContactKind.NONE;

	private Set<SelfCare> selfCare = EnumSet.noneOf(SelfCare.class);

	@Size(max = OTHER_MAX, message = "{checkin.other.tooLong}")
	private String otherSelfCare;

	@Size(max = NOTE_MAX, message = "{checkin.note.tooLong}")
	private String note;

	/**
	 * The optional answers the post carried. The quick check-in on Today sends only mood and urge;
	 * the full form always sends the others (its checkboxes through Spring's {@code _selfCare} marker).
	 */
	private final Set<String> sent = new HashSet<>();

	static CheckInForm of(CheckIn checkIn) {
		CheckInForm form = new CheckInForm();
		form.mood = checkIn.getMood();
		form.urge = checkIn.getUrge();
		form.contact = checkIn.getContact();
		form.selfCare = checkIn.getSelfCare().isEmpty() ? EnumSet.noneOf(SelfCare.class) : EnumSet.copyOf(checkIn.getSelfCare());
		form.otherSelfCare = checkIn.getOtherSelfCare();
		form.note = checkIn.getNote();
		return form;
	}

	/**
	 * Fills the optional answers the post did not carry from the day's saved check-in, so that a
	 * quick check-in over a full one keeps its contact answer, self-care and note. For a new day
	 * they keep their defaults: no contact, nothing ticked, no note.
	 */
	void keepWhatWasNotSent(CheckIn saved) {
		if (!this.sent.contains("contact")) {
			this.contact = saved.getContact();
		}
		if (!this.sent.contains("selfCare")) {
			this.selfCare = saved.getSelfCare().isEmpty() ? EnumSet.noneOf(SelfCare.class) : EnumSet.copyOf(saved.getSelfCare());
		}
		if (!this.sent.contains("otherSelfCare")) {
			this.otherSelfCare = saved.getOtherSelfCare();
		}
		if (!this.sent.contains("note")) {
			this.note = saved.getNote();
		}
	}

	/** Something written under "other" counts as ticking it. */
	CheckInAnswers toAnswers(LocalDate day) {
		String other = blankToNull(this.otherSelfCare);
		Set<SelfCare> ticked = this.selfCare.isEmpty() ? EnumSet.noneOf(SelfCare.class) : EnumSet.copyOf(this.selfCare);
		if (other != null) {
			ticked.add(SelfCare.OTHER);
		}
		return new CheckInAnswers(day, this.mood, this.urge, this.contact, ticked,
				ticked.contains(SelfCare.OTHER) ? other : null, blankToNull(this.note));
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public Integer getMood() {
		return this.mood;
	}

	public void setMood(Integer mood) {
		this.mood = mood;
	}

	public Integer getUrge() {
		return this.urge;
	}

	public void setUrge(Integer urge) {
		this.urge = urge;
	}

	public ContactKind getContact() {
		return this.contact;
	}

	public void setContact(ContactKind contact) {
		this.sent.add("contact");
		this.contact = contact;
	}

	public Set<SelfCare> getSelfCare() {
		return this.selfCare;
	}

	public void setSelfCare(Set<SelfCare> selfCare) {
		this.sent.add("selfCare");
		this.selfCare = (selfCare != null) ? selfCare : EnumSet.noneOf(SelfCare.class);
	}

	public String getOtherSelfCare() {
		return this.otherSelfCare;
	}

	public void setOtherSelfCare(String otherSelfCare) {
		this.sent.add("otherSelfCare");
		this.otherSelfCare = otherSelfCare;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.sent.add("note");
		this.note = note;
	}

}
