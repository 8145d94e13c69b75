package app.rekindle.journey.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import app.rekindle.account.AccountClock;
import app.rekindle.account.AccountService;
import app.rekindle.checkin.CheckInMark;
import app.rekindle.checkin.CheckInService;
import app.rekindle.journey.EarlierLock;
import app.rekindle.journey.Journey;
import app.rekindle.journey.JourneyService;
import app.rekindle.journey.JourneyState;
import app.rekindle.progression.SafetyLock;

/**
 * Everything Today shows, read in one transaction: one connection and one persistence context for
 * the account, the recent check-ins, the active journey with its gate (which finds the account
 * there instead of reading it again), and the journey a carried lock came from, or else the last
 * journey. Read-write, because reading the gate may end a journey a safety lock has closed.
 */
@Component
class TodayReader {

	private final AccountService accounts;

	private final JourneyService journeys;

	private final CheckInService checkIns;

	private final LowDays lowDays;

	private final AccountClock accountClock;

	TodayReader(AccountService accounts, JourneyService journeys, CheckInService checkIns, LowDays lowDays,
			AccountClock accountClock) {
		this.accounts = accounts;
		this.journeys = journeys;
		this.checkIns = checkIns;
		this.lowDays = lowDays;
		this.accountClock = accountClock;
	}

	@Transactional
	public Today read(long accountId) {
		ZoneId zone = this.accounts.timeZone(accountId);
		LocalDate today = this.accountClock.today(zone);
		// One read gives today's figures and the recent days the support card looks at.
		List<CheckInMark> recent = this.checkIns.marksBetween(accountId, this.lowDays.since(today), today);
		Optional<JourneyState> active = this.journeys.active(accountId);
		if (active.isEmpty()) {
			return new Today(zone, today, recent, active, null, this.journeys.lastEnded(accountId).orElse(null));
		}
		// Reaching out stays closed on this journey: say which earlier journey closed it, and why.
		EarlierLock carriedFrom = active.get().gate().safetyLock().filter(SafetyLock::carriedOver).isPresent()
				? this.journeys.carriedLockOf(accountId, active.get().journey()).orElse(null) : null;
		return new Today(zone, today, recent, active, carriedFrom, null);
	}

	/**
	 * @param zone the person's time zone
	 * @param today their day
	 * @param recent their check-ins of the days the support card looks at, today's among them
	 * @param active the active journey and its gate, if there is one
	 * @param carriedFrom the earlier journey whose lock the active one carries, if it carries one
	 * @param lastJourney without an active journey, the one that ended last, if any has
	 */
	record Today(ZoneId zone, LocalDate today, List<CheckInMark> recent, Optional<JourneyState> active,
			EarlierLock carriedFrom, Journey lastJourney) {

		Optional<CheckInMark> todayCheckIn() {
			return this.recent.stream().filter((mark) -> mark.day().equals(this.today)).findFirst();
		}

	}

}
