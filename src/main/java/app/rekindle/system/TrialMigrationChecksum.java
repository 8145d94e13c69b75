package app.rekindle.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.Configuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Lets a database migrated before {@code V7__trial.sql}'s comment was reworded validate again.
 * <p>
 * Flyway records a checksum of every migration's text, comments included, and refuses to start when a
 * file no longer matches it. Only the comment of V7 changed, so before validating, this updates V7's
 * recorded checksum from {@link #BEFORE} (the old wording) to {@link #AFTER} (today's file). Any other
 * checksum is left as it is, so a real change to a migration still stops the application. Boot hands
 * every {@link Callback} bean to Flyway.
 */
@Component
class TrialMigrationChecksum implements Callback {

	private static final Logger logger = LoggerFactory.getLogger(TrialMigrationChecksum.class);

	static final String VERSION = "7";

	/** V7's checksum with the comment it was first applied with. */
	static final int BEFORE = -1739405947;

	/** V7's checksum as the file reads today. */
	static final int AFTER = 395850814;

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.BEFORE_VALIDATE;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		Connection connection = context.getConnection();
		try {
			String schema = schema(context.getConfiguration(), connection);
			String table = context.getConfiguration().getTable();
			if (!exists(connection, schema, table)) {
				return;
			}
			String history = ((schema != null) ? quoted(schema) + "." : "") + quoted(table);
			try (PreparedStatement update = connection
				.prepareStatement("update " + history + " set checksum = ? where version = ? and checksum = ?")) {
				update.setInt(1, AFTER);
				update.setString(2, VERSION);
				update.setInt(3, BEFORE);
				if (update.executeUpdate() > 0) {
					logger.info("Updated the recorded checksum of migration {}, whose comment was reworded", VERSION);
				}
			}
		}
		catch (SQLException ex) {
			throw new FlywayException("Could not update the recorded checksum of migration " + VERSION, ex);
		}
	}

	@Override
	public String getCallbackName() {
		return "trial migration checksum";
	}

	/** The schema Flyway keeps its history in: the one configured, else the connection's own. */
	private static String schema(Configuration configuration, Connection connection) throws SQLException {
		if (configuration.getDefaultSchema() != null) {
			return configuration.getDefaultSchema();
		}
		return (configuration.getSchemas().length > 0) ? configuration.getSchemas()[0] : connection.getSchema();
	}

	private static boolean exists(Connection connection, String schema, String table) throws SQLException {
		try (ResultSet tables = connection.getMetaData().getTables(null, schema, table, null)) {
			return tables.next();
		}
	}

	private static String quoted(String name) {
		return '"' + name.replace("\"", "\"\"") + '"';
	}

}
