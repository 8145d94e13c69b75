package app.rekindle.checkin;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import app.rekindle.account.Account;
import app.rekindle.account.AccountClock;
import app.rekindle.account.AccountService;
import app.rekindle.system.LostConnectionRetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Two saves of the same day at once (a form submitted twice) must both end in the day's one check-in,
 * never a 500: the loser of the race retries and updates what the winner wrote. The benchmark found
 * that H2 reports the race as a lock timeout, not as a duplicate.
 */
class CheckInRaceTests {

	private static final Instant NOW = Instant.parse("2026-03-10T18:00:00Z");

	private final CheckInRepository repository = mock(CheckInRepository.class);

	private final AccountService accounts = mock(AccountService.class);

	private final LocalDate today = LocalDate.ofInstant(NOW, ZoneOffset.UTC);

	CheckInRaceTests() {
		Account account = mock(Account.class);
		when(account.getTimeZone()).thenReturn(ZoneId.of("UTC"));
		when(this.accounts.get(anyLong())).thenReturn(account);
		when(this.accounts.timeZone(anyLong())).thenReturn(ZoneId.of("UTC"));
		when(this.repository.findByAccountIdAndDay(anyLong(), any())).thenReturn(Optional.empty());
		when(this.repository.saveAndFlush(any())).thenAnswer((call) -> call.getArgument(0));
	}

	@Test
	void aSaveThatLosesALockRaceIsRetriedAndSucceeds() {
		CheckInService service = service(new FailingFirst(2, new CannotAcquireLockException("Timeout trying to lock table")));

		CheckIn saved = service.record(7L, answers());

		assertThat(saved.getDay()).isEqualTo(this.today);
		assertThat(saved.getMood()).isEqualTo(4);
	}

	@Test
	void aSaveThatLosesADuplicateDayRaceIsRetriedAndSucceeds() {
		CheckInService service = service(new FailingFirst(1, new DataIntegrityViolationException("uk_check_in_account_day")));

		assertThat(service.record(7L, answers()).getDay()).isEqualTo(this.today);
	}

	@Test
	void aRaceLostOnEveryAttemptIsReportedNotHidden() {
		CheckInService service = service(new FailingFirst(99, new CannotAcquireLockException("Timeout trying to lock table")));

		assertThatThrownBy(() -> service.record(7L, answers())).isInstanceOf(CannotAcquireLockException.class);
	}

	private CheckInService service(TransactionTemplate transactions) {
		Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
		return new CheckInService(this.repository, this.accounts, transactions, new AccountClock(this.accounts, clock),
				new LostConnectionRetry(new DefaultListableBeanFactory().getBeanProvider(DataSource.class)), clock);
	}

	private CheckInAnswers answers() {
		return new CheckInAnswers(this.today, 4, 2, ContactKind.NONE, Set.of(), null, "a quiet evening");
	}

	/** Fails the first {@code failures} transactions as a concurrent save would, then runs them. */
	private static final class FailingFirst extends TransactionTemplate {

		private final AtomicInteger failuresLeft;

		private final RuntimeException race;

		FailingFirst(int failures, RuntimeException race) {
			this.failuresLeft = new AtomicInteger(failures);
			this.race = race;
		}

		@Override
		public <T> T execute(TransactionCallback<T> action) throws TransactionException {
			if (this.failuresLeft.getAndDecrement() > 0) {
				throw this.race;
			}
			return action.doInTransaction(null);
		}

	}

}
