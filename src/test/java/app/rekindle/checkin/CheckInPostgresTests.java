package app.rekindle.checkin;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import app.rekindle.account.AccountClock;
import app.rekindle.account.AccountUser;
import app.rekindle.testsupport.PostgresTest;
import app.rekindle.testsupport.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@PostgresTest
class CheckInPostgresTests {

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private CheckInService checkIns;

	@Autowired
	private AccountClock accountClock;

	@Autowired
	private CheckInRepository repository;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void readsAMonthAndAChartRangeInDayOrder() {
		AccountUser user = this.accounts.create(TestAccounts.uniqueEmail(), ZoneId.of("UTC"));
		LocalDate today = this.accountClock.today(user.accountId());
		for (int back = 14; back >= 0; back -= 2) {
			this.checkIns.record(user.accountId(), answers(today.minusDays(back), 1 + back % 5, "day " + back));
		}
		LocalDate from = today.minusDays(10);

		assertThat(this.checkIns.between(user.accountId(), from, today)).extracting(CheckIn::getDay)
			.containsExactly(today.minusDays(10), today.minusDays(8), today.minusDays(6), today.minusDays(4),
					today.minusDays(2), today);
		assertThat(this.checkIns.withNotes(user.accountId())).hasSize(8).first()
			.satisfies((newest) -> assertThat(newest.getNote()).isEqualTo("day 0"));
	}

	@Test
	void theDatabaseKeepsOneCheckInPerAccountAndDayAndNoPlaintext() {
		AccountUser user = this.accounts.create(TestAccounts.uniqueEmail(), ZoneId.of("UTC"));
		LocalDate today = this.accountClock.today(user.accountId());
		CheckIn first = this.checkIns.record(user.accountId(), answers(today, 3, "I miss our Sunday walks"));
		CheckIn again = this.checkIns.record(user.accountId(), answers(today, 4, "Better now"));

		assertThat(again.getId()).isEqualTo(first.getId());
		assertThat(this.jdbc.queryForObject("select note from check_in where id = ?", String.class, first.getId()))
			.startsWith("v1:")
			.doesNotContain("Better");
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.repository
			.saveAndFlush(CheckIn.create(user.accountId(), answers(today, 1, null), false, java.time.Instant.now(java.time.Clock.systemUTC()))));
	}

	private static CheckInAnswers answers(LocalDate day, int mood, String note) {
		return new CheckInAnswers(day, mood, 4, ContactKind.NONE, Set.of(SelfCare.REST), null, note);
	}

}
