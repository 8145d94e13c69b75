package app.rekindle.summary;

import java.util.List;

import app.rekindle.checkin.CheckIn;
import app.rekindle.nocontact.UnsentLetter;

/**
 * The period's check-in notes and unsent letters, read only when {@link SummaryWords#notes()} asks for
 * them (both lists are empty otherwise).
 *
 * @param notes the period's check-ins that have a note
 */
public record NotesPart(List<CheckIn> notes, List<UnsentLetter> letters) {

	public static final NotesPart NONE = new NotesPart(List.of(), List.of());

	public boolean isEmpty() {
		return this.notes.isEmpty() && this.letters.isEmpty();
	}

}
