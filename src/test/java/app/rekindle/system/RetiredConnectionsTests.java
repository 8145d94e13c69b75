package app.rekindle.system;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.rekindle.account.AccountUser;
import app.rekindle.journey.Journey;
import app.rekindle.testsupport.JournalTest;
import app.rekindle.testsupport.TestAccounts;
import app.rekindle.testsupport.TestJourneys;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pool retires every connection after its lifetime (30 minutes by default), the one the migrations
 * ran on among them. H2 2.4 checked a constraint made in a migration with the session that made it, so
 * once that connection was retired every write to such a table (starting a journey, among them) failed
 * until a restart. Retiring the connections here stands for those 30 minutes.
 */
@JournalTest
class RetiredConnectionsTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestJourneys journeys;

	@Autowired
	JdbcClient jdbc;

	@Test
	void writesStillPassTheMigrationsChecksOnceTheConnectionsTheyRanOnAreRetired() throws Exception {
		this.dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
		AccountUser person = this.accounts.create();

		Journey journey = this.journeys.start(person);
		int saved = this.jdbc.sql("insert into trust_boundary (journey_id, description, whose, agreed_by_both, created_at) "
				+ "values (?, 'encrypted elsewhere', 'SHARED', true, current_timestamp)")
			.param(journey.getId())
			.update();

		assertThat(saved).isOne();
	}

}
