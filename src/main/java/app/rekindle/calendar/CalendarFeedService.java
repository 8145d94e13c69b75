package app.rekindle.calendar;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.rekindle.account.AccountClock;
import app.rekindle.account.AccountService;
import app.rekindle.journey.JourneyService;
import app.rekindle.journey.JourneyState;
import app.rekindle.progression.NoContactCount;
import app.rekindle.progression.Stage;

/**
 * A person's calendar feed: turning it on and off, a new secret address, the reminder time, and
 * the feed itself for whoever holds the address.
 */
@Service
public class CalendarFeedService {

	public static final LocalTime DEFAULT_REMINDER_TIME = LocalTime.of(20, 0);

	private final CalendarFeedRepository feeds;

	private final AccountService accounts;

	private final JourneyService journeys;

	private final AccountClock accountClock;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	private final CalendarWriter writer = new CalendarWriter();

	CalendarFeedService(CalendarFeedRepository feeds, AccountService accounts, JourneyService journeys,
			AccountClock accountClock, Clock clock) {
		this.feeds = feeds;
		this.accounts = accounts;
		this.journeys = journeys;
		this.accountClock = accountClock;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<FeedSettings> settings(long accountId) {
		return this.feeds.findById(accountId).map(CalendarFeedService::settingsOf);
	}

	/**
	 * Whether the feed is on and its address was made before this moment (a new password), so the
	 * account page can offer a new address too.
	 */
	@Transactional(readOnly = true)
	public boolean addressMadeBefore(long accountId, Instant moment) {
		return this.feeds.findById(accountId).map((feed) -> feed.getCreatedAt().isBefore(moment)).orElse(false);
	}

	/** Turns the feed on with this reminder time, or changes the time of a feed already on. */
	@Transactional
	public FeedSettings turnOnOrChange(long accountId, LocalTime reminderTime) {
		LocalTime time = reminderTime.withSecond(0).withNano(0);
		CalendarFeed feed = this.feeds.findById(accountId).orElse(null);
		if (feed == null) {
			feed = this.feeds.saveAndFlush(CalendarFeed.create(accountId, FeedToken.generate(this.random), time,
					this.clock.instant()));
		}
		else {
			feed.changeReminderTime(time);
		}
		return settingsOf(feed);
	}

	/**
	 * Gives the feed a new secret address; the old one stops working at once.
	 * @return the feed with its new address, or nothing if the feed is off
	 */
	@Transactional
	public Optional<FeedSettings> newAddress(long accountId) {
		return this.feeds.findById(accountId).map((feed) -> {
			feed.replaceToken(FeedToken.generate(this.random), this.clock.instant());
			return settingsOf(feed);
		});
	}

	/** Turns the feed off; its address stops working. Does nothing if it is off already. */
	@Transactional
	public void turnOff(long accountId) {
		this.feeds.findById(accountId).ifPresent(this.feeds::delete);
	}

	/**
	 * The feed behind this address as iCalendar text, or nothing when no feed has it (a mistyped,
	 * replaced or turned-off address). Not in one transaction: the journey is read through its own
	 * service, which may close a journey a safety lock has ended.
	 */
	public Optional<String> calendar(String token) {
		if (!FeedToken.isWellFormed(token)) {
			return Optional.empty();
		}
		return this.feeds.findByTokenHash(FeedToken.hash(token)).map((feed) -> write(feed, token));
	}

	private String write(CalendarFeedRepository.FeedLookup feed, String token) {
		long accountId = feed.accountId();
		ZoneId zone = this.accounts.timeZone(accountId);
		Instant now = this.clock.instant();
		LocalDate today = this.accountClock.today(zone);
		return this.writer.write(new FeedContent(EventIds.keyedBy(token), zone, today, feed.reminderTime(),
				goalDay(accountId), now));
	}

	/**
	 * The day the no-contact goal will be reached, while it is still ahead: in reflection and in no
	 * contact, the two stages whose dashboard shows the count.
	 */
	private Optional<FeedContent.GoalDay> goalDay(long accountId) {
		return this.journeys.active(accountId)
			.filter((state) -> countsNoContact(state.journey().getStage()))
			.filter((state) -> !state.gate().noContact().isComplete())
			.map(CalendarFeedService::goalDayOf);
	}

	private static boolean countsNoContact(Stage stage) {
		return stage == Stage.REFLECTION || stage == Stage.NO_CONTACT;
	}

	private static FeedContent.GoalDay goalDayOf(JourneyState state) {
		NoContactCount count = state.gate().noContact();
		return new FeedContent.GoalDay(state.journey().getId(), count.endsOn());
	}

	private static FeedSettings settingsOf(CalendarFeed feed) {
		return new FeedSettings(feed.getToken(), feed.getReminderTime());
	}

}
