package app.rekindle.account;

import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import app.rekindle.testsupport.JournalTest;
import app.rekindle.testsupport.StatementCounting;
import app.rekindle.testsupport.StatementCounting.Statement;
import app.rekindle.testsupport.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The account's time zone, which nearly every page asks for: one statement without a transaction of its
 * own when none is going on, none at all inside a transaction that has read the account already.
 */
@JournalTest
class AccountTimeZoneTests {

	private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");

	@Autowired
	private AccountService accounts;

	@Autowired
	private AccountClock clock;

	@Autowired
	private TestAccounts testAccounts;

	@Autowired
	private TransactionTemplate transactions;

	@Test
	void outsideATransactionTheZoneIsOneStatementWithoutATransaction() throws Exception {
		long id = this.testAccounts.create(TestAccounts.uniqueEmail(), AUCKLAND).accountId();
		AtomicReference<ZoneId> zone = new AtomicReference<>();

		List<Statement> statements = StatementCounting.statements(() -> zone.set(this.accounts.timeZone(id)));

		assertThat(zone).hasValue(AUCKLAND);
		assertThat(statements).singleElement().satisfies((read) -> assertThat(read.inTransaction()).isFalse());
		assertThat(StatementCounting.statements(() -> this.clock.today(id))).singleElement()
			.satisfies((read) -> assertThat(read.inTransaction()).isFalse());
	}

	@Test
	void insideATransactionThatReadTheAccountTheZoneCostsNoStatement() throws Exception {
		long id = this.testAccounts.create(TestAccounts.uniqueEmail(), AUCKLAND).accountId();

		List<Statement> statements = StatementCounting.statements(() -> this.transactions.executeWithoutResult((status) -> {
			this.accounts.get(id);
			assertThat(this.accounts.timeZone(id)).isEqualTo(AUCKLAND);
		}));

		assertThat(statements).as("the account, read once").hasSize(1);
	}

	@Test
	void anAccountThatIsGoneSaysSo() {
		assertThatExceptionOfType(AccountGoneException.class).isThrownBy(() -> this.accounts.timeZone(Long.MAX_VALUE));
	}

}
