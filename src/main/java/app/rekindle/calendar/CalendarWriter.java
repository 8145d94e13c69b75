package app.rekindle.calendar;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Writes a feed as iCalendar text (RFC 5545): a daily note with a reminder at the person's chosen
 * time in their own zone, and the goal day as an all-day event.
 *
 * <p>A calendar may be seen by other people (on a shared screen, a lock screen, a family
 * calendar), so every title and description is neutral: it reads like anyone's own planning, with
 * no names, no word about contact or a relationship, nothing anyone wrote and no link to this site,
 * while still meaning something to the person it is for. UIDs are opaque ({@link EventIds}).
 * Events are private and do not block time.
 *
 * <p>Written here rather than with ical4j (which the tests use to read the feed back): the feed
 * is a few fixed lines, and ical4j's time zone definitions come from its own copy of the zone
 * data rather than the JDK's that the rest of the app follows; see {@link TimeZoneDefinition}.
 */
final class CalendarWriter {

	static final String PRODUCT_ID = "-//Rekindle//Calendar feed 1.0//EN";

	/** What calendar apps show as the calendar's name: as neutral as the site's own title. */
	static final String CALENDAR_NAME = "Journal";

	static final String DAILY_TITLE = "Daily note";

	static final String DAILY_DESCRIPTION = "A minute to note how today went.";

	static final String GOAL_TITLE = "Goal day";

	static final String GOAL_DESCRIPTION = "The day you set out to reach. However today feels, getting here counts.";

	private static final Duration DAILY_NOTE_LENGTH = Duration.ofMinutes(15);

	/** How often a calendar app is asked to fetch the feed again, where it listens. */
	private static final Duration REFRESH = Duration.ofHours(6);

	String write(FeedContent content) {
		String zone = content.zone().getId();
		ContentLines lines = new ContentLines().begin("VCALENDAR")
			.property("VERSION", "2.0")
			.text("PRODID", PRODUCT_ID)
			.property("CALSCALE", "GREGORIAN")
			.property("METHOD", "PUBLISH")
			.text("X-WR-CALNAME", CALENDAR_NAME)
			.text("X-WR-TIMEZONE", zone)
			.property("REFRESH-INTERVAL;VALUE=DURATION", REFRESH.toString())
			.property("X-PUBLISHED-TTL", REFRESH.toString());
		TimeZoneDefinition.write(lines, content.zone(), content.stamp());
		content.goal().ifPresent((goal) -> goalEvent(lines, content, goal));
		dailyNoteEvent(lines, content);
		return lines.end("VCALENDAR").toString();
	}

	private static void goalEvent(ContentLines lines, FeedContent content, FeedContent.GoalDay goal) {
		beginEvent(lines, content, content.ids().goalDay(goal.journeyId()));
		lines.property("DTSTART;VALUE=DATE", ContentLines.date(goal.date()))
			.property("DTEND;VALUE=DATE", ContentLines.date(goal.date().plusDays(1)))
			.text("SUMMARY", GOAL_TITLE)
			.text("DESCRIPTION", GOAL_DESCRIPTION);
		endEvent(lines);
	}

	private static void dailyNoteEvent(ContentLines lines, FeedContent content) {
		beginEvent(lines, content, content.ids().dailyNote());
		LocalDateTime start = LocalDateTime.of(content.today(), content.reminderTime());
		lines.property("DTSTART;TZID=" + ContentLines.parameterValue(content.zone().getId()),
				ContentLines.localDateTime(start))
			.property("DURATION", DAILY_NOTE_LENGTH.toString())
			.property("RRULE", "FREQ=DAILY")
			.text("SUMMARY", DAILY_TITLE)
			.text("DESCRIPTION", DAILY_DESCRIPTION)
			.begin("VALARM")
			.property("ACTION", "DISPLAY")
			.property("TRIGGER", "PT0S")
			.text("DESCRIPTION", DAILY_TITLE)
			.end("VALARM");
		endEvent(lines);
	}

	private static void beginEvent(ContentLines lines, FeedContent content, String uid) {
		lines.begin("VEVENT")
			.text("UID", uid)
			.property("DTSTAMP", ContentLines.utc(content.stamp()))
			.property("CLASS", "PRIVATE")
			.property("TRANSP", "TRANSPARENT");
	}

	private static void endEvent(ContentLines lines) {
		lines.end("VEVENT");
	}

}
