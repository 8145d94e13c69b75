package app.rekindle.system;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * A database migrated while V7 had its old comment still validates: the application's Flyway (fresh
 * in-memory database, every migration applied) is given V7's old checksum back and started again.
 */
@SpringBootTest
class TrialMigrationChecksumTests {

	private static final String CHECKSUM = "select checksum from flyway_schema_history where version = '7'";

	@Autowired
	private Flyway flyway;

	@Autowired
	private JdbcTemplate jdbc;

	@AfterEach
	void today() {
		recordChecksum(TrialMigrationChecksum.AFTER);
	}

	@Test
	void afterIsTheChecksumOfTheFileToday() {
		assertThat(this.jdbc.queryForObject(CHECKSUM, Integer.class)).isEqualTo(TrialMigrationChecksum.AFTER);
	}

	@Test
	void aDatabaseMigratedWithTheOldCommentValidatesAndMigrates() {
		recordChecksum(TrialMigrationChecksum.BEFORE);
		assertThatExceptionOfType(FlywayValidateException.class).isThrownBy(() -> withoutCallbacks().validate());

		assertThatNoException().isThrownBy(() -> this.flyway.validate());
		assertThat(this.jdbc.queryForObject(CHECKSUM, Integer.class)).isEqualTo(TrialMigrationChecksum.AFTER);

		recordChecksum(TrialMigrationChecksum.BEFORE);
		assertThat(this.flyway.migrate().success).isTrue();
		assertThat(this.jdbc.queryForObject(CHECKSUM, Integer.class)).isEqualTo(TrialMigrationChecksum.AFTER);
	}

	@Test
	void anyOtherChecksumStillFailsValidation() {
		recordChecksum(12345);

		assertThatExceptionOfType(FlywayValidateException.class).isThrownBy(() -> this.flyway.validate());
		assertThat(this.jdbc.queryForObject(CHECKSUM, Integer.class)).isEqualTo(12345);
	}

	private void recordChecksum(int checksum) {
		this.jdbc.update("update flyway_schema_history set checksum = ? where version = '7'", checksum);
	}

	private Flyway withoutCallbacks() {
		return Flyway.configure().configuration(this.flyway.getConfiguration()).callbacks(new Callback[0]).load();
	}

}
