package app.rekindle.export;

import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link JournalExport} as JSON: fields in the order the records declare them, dates and
 * instants as ISO-8601 strings, empty values as null. A mapper of its own, so that settings meant
 * for the rest of the application never change the format of a person's export.
 */
public final class JsonExport {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		.disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
		.disable(DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
		.enable(SerializationFeature.INDENT_OUTPUT)
		.build();

	private JsonExport() {
	}

	/** The export as UTF-8 bytes. */
	public static byte[] write(JournalExport export) {
		return MAPPER.writeValueAsBytes(export);
	}

}
