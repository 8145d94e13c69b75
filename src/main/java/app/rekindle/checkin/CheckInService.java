package app.rekindle.checkin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import app.rekindle.account.Account;
import app.rekindle.account.AccountClock;
import app.rekindle.account.AccountService;
import app.rekindle.system.LostConnectionRetry;

/**
 * Daily check-ins, one per account and local day. Saving again the same day updates the day's
 * check-in; when two saves for a new day race, the unique key lets one insert through and the
 * other becomes an update. A save whose database connection broke is tried once more.
 */
@Service
public class CheckInService {

	private static final int ATTEMPTS = 3;

	private final CheckInRepository checkIns;

	private final AccountService accounts;

	private final TransactionTemplate transactions;

	private final AccountClock accountClock;

	private final LostConnectionRetry lostConnections;

	private final Clock clock;

	CheckInService(CheckInRepository checkIns, AccountService accounts, TransactionTemplate transactions,
			AccountClock accountClock, LostConnectionRetry lostConnections, Clock clock) {
		this.checkIns = checkIns;
		this.accounts = accounts;
		this.transactions = transactions;
		this.accountClock = accountClock;
		this.lostConnections = lostConnections;
		this.clock = clock;
	}

	/** The day the account was made, in its own time zone: no day before it can have been missed. */
	public LocalDate firstDay(long accountId) {
		Account account = this.accounts.get(accountId);
		return account.getCreatedAt().atZone(account.getTimeZone()).toLocalDate();
	}

	@Transactional(readOnly = true)
	public Optional<CheckIn> on(long accountId, LocalDate day) {
		return this.checkIns.findByAccountIdAndDay(accountId, day);
	}

	@Transactional(readOnly = true)
	public List<CheckIn> between(long accountId, LocalDate from, LocalDate to) {
		return this.checkIns.findByAccountIdAndDayBetweenOrderByDayAsc(accountId, from, to);
	}

	/** The figures of the day's check-in, if there is one, without its text: what the dashboard shows of it. */
	@Transactional(readOnly = true)
	public Optional<CheckInMark> markOn(long accountId, LocalDate day) {
		return this.checkIns.findMarks(accountId, day, day).stream().findFirst();
	}

	/** The figures of the check-ins between two days (inclusive), in day order, without their text. */
	@Transactional(readOnly = true)
	public List<CheckInMark> marksBetween(long accountId, LocalDate from, LocalDate to) {
		return this.checkIns.findMarks(accountId, from, to);
	}

	/** Every check-in of the account, oldest day first. */
	@Transactional(readOnly = true)
	public List<CheckIn> all(long accountId) {
		return this.checkIns.findByAccountIdOrderByDayAsc(accountId);
	}

	/** Every check-in with a note, newest first, for the account's own search. */
	@Transactional(readOnly = true)
	public List<CheckIn> withNotes(long accountId) {
		return this.checkIns.findByAccountIdAndNoteIsNotNullOrderByDayDesc(accountId);
	}

	/**
	 * Saves the day's answers: a new check-in, or the day's existing one updated.
	 * @throws CheckInNotAllowedException for a future day or one older than the late window
	 */
	public CheckIn record(long accountId, CheckInAnswers answers) {
		return record(accountId, answers.day(), (existing) -> answers);
	}

	/**
	 * Saves the day's answers, worked out from the day's check-in as it stands, if there is one, in the
	 * same transaction that saves them: a post that carried only some answers keeps the others (see
	 * {@code CheckInForm}) without reading the day's check-in a second time. The function may be called
	 * again when another save of the same day came first.
	 * @throws CheckInNotAllowedException for a future day or one older than the late window
	 */
	public CheckIn record(long accountId, LocalDate day, Function<Optional<CheckIn>, CheckInAnswers> answersFor) {
		CheckInDay kind = CheckInDay.of(day, this.accountClock.today(accountId));
		if (!kind.isAllowed()) {
			throw new CheckInNotAllowedException(kind);
		}
		DataAccessException lastRace = null;
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			try {
				// A connection that broke (a database restart) costs one more try on a new one.
				return this.lostConnections
					.call(() -> this.transactions.execute((status) -> upsert(accountId, day, answersFor, kind == CheckInDay.LATE)));
			}
			catch (DataIntegrityViolationException | ConcurrencyFailureException ex) {
				// Another save for the same day inserted or updated it first (a double-submitted form): PostgreSQL
				// reports the duplicate day, H2 a lock it could not get in time. The next attempt finds the
				// day's check-in and updates it.
				lastRace = ex;
			}
		}
		throw lastRace;
	}

	private CheckIn upsert(long accountId, LocalDate day, Function<Optional<CheckIn>, CheckInAnswers> answersFor,
			boolean late) {
		Optional<CheckIn> existing = this.checkIns.findByAccountIdAndDay(accountId, day);
		CheckInAnswers answers = answersFor.apply(existing);
		if (!answers.day().equals(day)) {
			throw new IllegalArgumentException("Answers for " + answers.day() + " given for " + day);
		}
		if (existing.isPresent()) {
			existing.get().answer(answers, this.clock.instant());
			return existing.get();
		}
		return this.checkIns.saveAndFlush(CheckIn.create(accountId, answers, late, this.clock.instant()));
	}

}
