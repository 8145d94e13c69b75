package app.rekindle.account;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import app.rekindle.account.AccountService;
import app.rekindle.account.CurrentPasswordMismatchException;
import app.rekindle.export.ExportService;
import app.rekindle.export.JournalExport;
import app.rekindle.testsupport.EveryKindFixture;
import app.rekindle.testsupport.MutableClock;
import app.rekindle.testsupport.MutableClockConfiguration;
import app.rekindle.testsupport.PostgresTest;
import app.rekindle.testsupport.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Deleting an account removes every row it owns, in every table, on PostgreSQL. The tables are
 * listed from the database itself, not from a list in this test, so a table added later is checked
 * too: the fixture must reach it, and the deletion must take its rows with the account.
 */
@PostgresTest
class AccountDeletionPostgresTests {

	/**
	 * Tables that hold no one's journal: the encryption tests' probe, the throttles of log-in, passwords, codes and sign-up
	 * throttles (digests of emails and network addresses, unknown ones too, swept within the hour),
	 * and the session store, which the fixture never signs in to (the deletion ending an account's
	 * sessions has its own test over HTTP). The e-mail tables are written only with mail on, which this
	 * context is not: db-scheduler's tasks belong to no one; account_link, mail_outbox and mail_reminder
	 * reference the account with {@code on delete cascade}, and
	 * the check of every {@code account_id} column below covers them.
	 */
	static final Set<String> NOT_AN_ACCOUNTS_DATA = Set.of("encrypted_text_probe", "throttle_failure", "throttle_pause",
			"sign_up_attempt", "spring_session", "spring_session_attributes", "scheduled_tasks", "account_link", "mail_outbox",
			"mail_reminder");

	@Autowired
	private EveryKindFixture fixture;

	@Autowired
	private AccountService accounts;

	@Autowired
	private ExportService exports;

	@Autowired
	private MutableClock clock;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private NamedParameterJdbcTemplate named;

	@Test
	void deletingAnAccountLeavesNoRowOfItInAnyTableAndTouchesNoOtherAccount() {
		this.clock.set(MutableClockConfiguration.START);
		List<String> tables = tables();
		assertThat(tables).contains("account", "journey", "check_in", "goal_progress", "trial_checkpoint");

		EveryKindFixture.Created staying = this.fixture.create("Bramble");
		Map<String, Long> beforeTheLeavingAccount = rowCounts(tables);
		EveryKindFixture.Created leaving = this.fixture.create("Aster");
		Map<String, Long> withBoth = rowCounts(tables);
		long leavingId = leaving.user().accountId();
		List<Long> journeyIds = this.jdbc.queryForList("select id from journey where account_id = ?", Long.class,
				leavingId);

		tables.stream()
			.filter((table) -> !NOT_AN_ACCOUNTS_DATA.contains(table))
			.forEach((table) -> assertThat(withBoth.get(table))
				.as("the fixture writes to %s; a new table needs a row in EveryKindFixture", table)
				.isGreaterThan(beforeTheLeavingAccount.get(table)));
		assertThat(journeyIds).hasSize(2);

		assertThatExceptionOfType(CurrentPasswordMismatchException.class)
			.isThrownBy(() -> this.accounts.delete(leavingId, "not the password"));
		Map<String, Long> afterAWrongPassword = rowCounts(tables);
		assertThat(afterAWrongPassword.get("throttle_failure")).as("the wrong password is counted")
			.isEqualTo(withBoth.get("throttle_failure") + 1);
		afterAWrongPassword.remove("throttle_failure");
		Map<String, Long> withBothButTheCount = new TreeMap<>(withBoth);
		withBothButTheCount.remove("throttle_failure");
		assertThat(afterAWrongPassword).as("nothing else changed").isEqualTo(withBothButTheCount);

		this.accounts.delete(leavingId, TestAccounts.PASSWORD);

		assertThat(count("select count(*) from account where id = :account", leavingId, journeyIds)).isZero();
		for (String table : tablesWithColumn("account_id")) {
			assertThat(count("select count(*) from " + table + " where account_id = :account", leavingId, journeyIds))
				.as("rows of the deleted account in %s", table)
				.isZero();
		}
		for (String table : tablesWithColumn("journey_id")) {
			assertThat(count("select count(*) from " + table + " where journey_id in (:journeys)", leavingId,
					journeyIds))
				.as("rows of the deleted account's journeys in %s", table)
				.isZero();
		}
		assertThat(rowCounts(tables)).as("every table is back to where it was before the account")
			.isEqualTo(beforeTheLeavingAccount);

		JournalExport kept = this.exports.export(staying.user().accountId());
		assertThat(kept.journeys()).hasSize(2);
		assertThat(kept.journeys().get(0).noContact().unsentLetters().get(0).body())
			.isEqualTo(staying.text("dear you") + "\nsecond line");
		assertThat(kept.checkIns()).hasSize(2);
	}

	/** Every table of this run's schema, as the database lists them, except Flyway's own. */
	private List<String> tables() {
		return this.jdbc.queryForList("""
				select table_name from information_schema.tables
				where table_schema = current_schema() and table_type = 'BASE TABLE'
				  and table_name <> 'flyway_schema_history'
				order by table_name""", String.class);
	}

	private List<String> tablesWithColumn(String column) {
		List<String> tables = this.jdbc.queryForList("""
				select c.table_name from information_schema.columns c
				join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
				where c.table_schema = current_schema() and t.table_type = 'BASE TABLE' and c.column_name = ?
				order by c.table_name""", String.class, column);
		assertThat(tables).as("tables with %s", column).isNotEmpty();
		return tables;
	}

	private Map<String, Long> rowCounts(List<String> tables) {
		Map<String, Long> counts = new TreeMap<>();
		for (String table : tables) {
			counts.put(table, this.jdbc.queryForObject("select count(*) from " + table, Long.class));
		}
		return counts;
	}

	private long count(String sql, long accountId, List<Long> journeyIds) {
		return this.named.queryForObject(sql,
				new MapSqlParameterSource("account", accountId).addValue("journeys", journeyIds), Long.class);
	}

}
