package app.rekindle.mail;

import java.time.Instant;
import java.time.LocalTime;

/** A person's daily reminder by e-mail: the local time, the next instant it is due, and its unsubscribe token. */
public record ReminderSettings(LocalTime remindAt, Instant nextDueAt, String unsubscribeToken) {

}
