package app.rekindle.export;

import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import app.rekindle.export.JournalExport.CheckInData;

import static app.rekindle.export.MarkdownWriter.inline;

/**
 * Writes a {@link JournalExport} as a Markdown document a person can read: the account, each
 * journey with its parts (see {@link JourneyMarkdown}), and the daily check-ins. Every word the
 * person wrote is escaped, so it reads as written and can never change the document's structure.
 */
@Component
public class MarkdownExport {

	private final MessageSource messages;

	MarkdownExport(MessageSource messages) {
		this.messages = messages;
	}

	public String write(JournalExport export) {
		ZoneId zone = ZoneId.of(export.account().timeZone());
		MarkdownWriter md = new MarkdownWriter(this.messages, zone);
		md.heading(1, "Your journal");
		md.line("Everything you wrote in your journal, as of " + md.time(export.exportedAt()) + " (" + inline(zone.getId())
				+ " time). Times below are in that zone too.");
		md.line("This file is not encrypted. Keep it somewhere only you can open.");

		md.heading(2, "Your account");
		md.bullet("Email: " + inline(export.account().email()));
		md.bullet("Time zone: " + inline(zone.getId()));
		md.bullet("Journal started: " + md.time(export.account().createdAt()));

		if (export.journeys().isEmpty()) {
			md.heading(2, "Journeys").line("No journeys yet.");
		}
		JourneyMarkdown journeys = new JourneyMarkdown(md, export.journeys());
		export.journeys().forEach(journeys::write);

		md.heading(2, "Daily check-ins");
		if (export.checkIns().isEmpty()) {
			md.line("No check-ins yet.");
		}
		export.checkIns().forEach((checkIn) -> checkIn(md, checkIn));
		return md.toString();
	}

	private static void checkIn(MarkdownWriter md, CheckInData checkIn) {
		md.heading(3, md.date(checkIn.day()) + (checkIn.late() ? " (filled in later)" : ""));
		md.bullet("Mood: " + checkIn.mood() + " of 5, " + md.label("mood." + checkIn.mood()));
		md.bullet("Urge to contact them: " + checkIn.urge() + " of 10");
		md.bullet("Contact: " + md.label("contact.", checkIn.contact()));
		List<String> selfCare = checkIn.selfCare();
		if (!selfCare.isEmpty()) {
			md.bullet("Looking after yourself: " + selfCare.stream()
				.map((care) -> "OTHER".equals(care) && checkIn.otherSelfCare() != null
						? md.label("selfCare.OTHER") + " (" + inline(checkIn.otherSelfCare()) + ")"
						: md.label("selfCare.", care))
				.collect(Collectors.joining(", ")));
		}
		md.userText(checkIn.note());
	}

}
