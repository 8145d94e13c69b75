package app.rekindle.reflection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import app.rekindle.progression.JourneySnapshot.ReflectionFacts;
import app.rekindle.progression.ReflectionFactsSource;

/**
 * Stage 1's facts for the gate, read from reflection's tables in one statement: the causes,
 * mistakes with a plan and triggers written, and whether the motives check and the safety
 * screen are answered.
 */
@Component
class ReflectionGateFacts implements ReflectionFactsSource {

	private static final String REFLECTION = """
			select (select count(*) from reflection_entry e where e.journey_id = :journeyId and e.kind = :cause) as causes,
			       (select count(*) from reflection_entry e where e.journey_id = :journeyId and e.kind = :mistake
			           and e.plan is not null) as mistakes,
			       (select count(*) from reflection_entry e where e.journey_id = :journeyId and e.kind = :trigger) as triggers,
			       (select count(*) from motives_check m where m.journey_id = :journeyId) as motives,
			       (select count(*) from safety_screen s where s.journey_id = :journeyId) as safety
			""";

	private final JdbcClient jdbc;

	ReflectionGateFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public ReflectionFacts reflectionFacts(long journeyId) {
		return this.jdbc.sql(REFLECTION)
			.param("journeyId", journeyId)
			.param("cause", EntryKind.CAUSE.name())
			.param("mistake", EntryKind.MISTAKE.name())
			.param("trigger", EntryKind.TRIGGER.name())
			.query((rs, row) -> new ReflectionFacts(rs.getInt("causes"), rs.getInt("mistakes"), rs.getInt("triggers"),
					rs.getInt("motives") > 0, rs.getInt("safety") > 0))
			.single();
	}

}
