package app.rekindle.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import app.rekindle.account.Account;
import app.rekindle.checkin.CheckIn;

/**
 * Everything one account owns, as it is exported. These records, never the entities, define the
 * format, so it changes only on purpose: a change that is not backwards compatible raises
 * {@link #FORMAT_VERSION}. Enums are written by their names; the fields are described in
 * {@code docs/EXPORT.md}.
 */
public record JournalExport(int formatVersion, Instant exportedAt, AccountData account, List<JourneyExport> journeys,
		List<CheckInData> checkIns, CalendarFeedData calendarFeed) {

	public static final int FORMAT_VERSION = 1;

	public record AccountData(String email, String timeZone, Instant createdAt) {

		static AccountData of(Account account) {
			return new AccountData(account.getEmail(), account.getTimeZone().getId(), account.getCreatedAt());
		}

	}

	/** The calendar feed's settings, or null when it is off. The secret address is not exported. */
	public record CalendarFeedData(LocalTime reminderTime) {

	}

	public record CheckInData(LocalDate day, int mood, int urge, String contact, List<String> selfCare,
			String otherSelfCare, String note, boolean late, Instant createdAt, Instant updatedAt) {

		static CheckInData of(CheckIn checkIn) {
			return new CheckInData(checkIn.getDay(), checkIn.getMood(), checkIn.getUrge(), checkIn.getContact().name(),
					Names.sorted(checkIn.getSelfCare()), checkIn.getOtherSelfCare(), checkIn.getNote(), checkIn.isLate(),
					checkIn.getCreatedAt(), checkIn.getUpdatedAt());
		}

	}

}
