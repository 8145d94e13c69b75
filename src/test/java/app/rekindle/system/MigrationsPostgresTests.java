package app.rekindle.system;

import java.util.List;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import app.rekindle.testsupport.PostgresTest;
import app.rekindle.testsupport.PostgresTestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

@PostgresTest
class MigrationsPostgresTests {

	@Autowired
	private Flyway flyway;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void appliesEveryMigrationOnPostgresql() {
		List<MigrationInfo> applied = List.of(this.flyway.info().applied());
		assertThat(applied).isNotEmpty().allSatisfy((migration) -> assertThat(migration.getState())
			.isIn(MigrationState.SUCCESS, MigrationState.FUTURE_SUCCESS));
		assertThat(this.flyway.info().pending()).isEmpty();
		assertThat(applied).extracting(MigrationInfo::getScript).contains("V1__accounts.sql", "V2__journeys.sql", "V3__reflection.sql");
	}

	@Test
	void createsTheTablesInThisRunsSchema() {
		List<String> tables = this.jdbc.queryForList(
				"select table_name from information_schema.tables where table_schema = ? order by table_name",
				String.class, PostgresTestDatabase.SCHEMA);
		assertThat(tables).contains("account", "journey", "journey_stage_change", "reflection_entry", "motives_check",
				"safety_screen", "journey_safety_lock", "flyway_schema_history");
	}

	@Test
	void aDatabaseMigratedWithTheTrialMigrationsOldCommentValidates() {
		String checksum = "select checksum from flyway_schema_history where version = '7'";
		this.jdbc.update("update flyway_schema_history set checksum = ? where version = '7'", TrialMigrationChecksum.BEFORE);

		this.flyway.validate();

		assertThat(this.jdbc.queryForObject(checksum, Integer.class)).isEqualTo(TrialMigrationChecksum.AFTER);
	}

	@Test
	void storesInstantsWithTheirTimeZone() {
		String type = this.jdbc.queryForObject(
				"select data_type from information_schema.columns where table_schema = ? and table_name = 'account' and column_name = 'created_at'",
				String.class, PostgresTestDatabase.SCHEMA);
		assertThat(type).isEqualTo("timestamp with time zone");
	}

}
