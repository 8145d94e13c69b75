package app.rekindle.account;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

/**
 * "Today" for a person: the injected {@link Clock}'s instant as a date in the account's own time
 * zone. The one place the app asks what day it is; a stored instant is turned into a date where it
 * is read, with the zone at hand.
 */
@Component
public class AccountClock {

	private final AccountService accounts;

	private final Clock clock;

	public AccountClock(AccountService accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	/** Today in the account's own time zone. */
	public LocalDate today(long accountId) {
		return today(this.accounts.timeZone(accountId));
	}

	/** Today in this zone, for a caller that has the account's zone at hand already. */
	public LocalDate today(ZoneId zone) {
		return LocalDate.ofInstant(this.clock.instant(), zone);
	}

}
