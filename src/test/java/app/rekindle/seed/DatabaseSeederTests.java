package app.rekindle.seed;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.crypto.password.PasswordEncoder;

import app.rekindle.privacy.EncryptedTextConverter;
import app.rekindle.testsupport.JournalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seeder writes the same people for the same seed number, rows the application can read (text
 * through the production cipher, the shared password through the production encoder), and a
 * population with every stage in it. Each run seeds a fresh in-memory database of its own.
 */
@JournalTest
class DatabaseSeederTests {

	private static final String PEOPLE = "select a.email, a.time_zone, j.stage, j.no_contact_days, j.ended_at is null as active "
			+ "from account a join journey j on j.account_id = a.id order by a.id";

	/** The tables of a journey's stages, each of which the seeder writes rows into. */
	static final List<String> EVERY_TABLE = List.of("reflection_entry", "motives_check", "safety_screen", "growth_goal",
			"goal_progress", "unsent_letter", "urge_event", "outreach_draft", "outreach_conversation", "trust_apology",
			"trust_commitment", "trust_boundary", "trust_activity", "trial_period", "trial_checkpoint");

	private static final String CHECK_INS = "select account_id, check_in_day, mood, urge, contact, self_care, late, "
			+ "note is null as no_note from check_in order by id";

	@Autowired
	private EncryptedTextConverter text;

	@Autowired
	private PasswordEncoder passwords;

	@Autowired
	private Clock clock;

	@TempDir
	private Path folder;

	@Test
	void theSameSeedNumberWritesTheSamePeopleAndDays() {
		JdbcTemplate first = seeded(new SeedProperties(40, 60, 11, "pw-seed-test", 100));
		JdbcTemplate second = seeded(new SeedProperties(40, 60, 11, "pw-seed-test", 7));
		JdbcTemplate other = seeded(new SeedProperties(40, 60, 12, "pw-seed-test", 100));

		assertThat(second.queryForList(PEOPLE)).isEqualTo(first.queryForList(PEOPLE));
		assertThat(second.queryForList(CHECK_INS)).isEqualTo(first.queryForList(CHECK_INS));
		assertThat(decryptedNotes(second)).isEqualTo(decryptedNotes(first));
		assertThat(other.queryForList(CHECK_INS)).isNotEqualTo(first.queryForList(CHECK_INS));
	}

	/**
	 * The embedded database at a small size; {@link QueryPlanPostgresTests} checks the same on
	 * PostgreSQL with a year for 200 people, the size the benchmark seeds (and more than ten thousand
	 * notes).
	 */
	@Test
	void writesEncryptedTextTheSharedPasswordAndEveryStage() {
		JdbcTemplate jdbc = seeded(new SeedProperties(40, 180, 42, "pw-seed-test", 500));

		assertThat(jdbc.queryForObject("select count(*) from account", Integer.class)).isEqualTo(40);
		String hash = jdbc.queryForObject("select password_hash from account where email = ?", String.class,
				SeedProperties.email(37));
		assertThat(this.passwords.matches("pw-seed-test", hash)).isTrue();
		List<String> notes = jdbc.queryForList("select note from check_in where note is not null", String.class);
		assertThat(notes).hasSizeGreaterThan(100).allSatisfy((note) -> assertThat(note).startsWith("v1:"));
		assertThat(this.text.convertToEntityAttribute(notes.get(0))).isNotBlank();
		assertThat(jdbc.queryForList("select distinct stage from journey order by stage", String.class)).containsExactly(
				"MOVING_ON", "NO_CONTACT", "REACHING_OUT", "REBUILDING_TRUST", "REFLECTION", "TRIAL_PERIOD");
		for (String table : EVERY_TABLE) {
			assertThat(jdbc.queryForObject("select count(*) from " + table, Integer.class)).as(table).isPositive();
		}
		// The identity columns continue after the seeded ids, so the application's own inserts go on.
		jdbc.update("insert into growth_goal (journey_id, title, created_at) values (1, 'x', current_timestamp)");
	}

	private List<String> decryptedNotes(JdbcTemplate jdbc) {
		return jdbc.queryForList("select note from check_in where note is not null order by id", String.class)
			.stream()
			.map(this.text::convertToEntityAttribute)
			.toList();
	}

	private JdbcTemplate seeded(SeedProperties properties) {
		// A file database as the application opens it (its URL), in a folder of its own.
		DataSource database = new DriverManagerDataSource("jdbc:h2:file:" + this.folder.resolve(UUID.randomUUID().toString())
				+ "/rekindle;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "rekindle", "");
		Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(database);
		new DatabaseSeeder(jdbc, this.text, this.passwords, this.clock).seed(properties);
		return jdbc;
	}

}
