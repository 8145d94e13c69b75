package app.rekindle.nocontact;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import app.rekindle.progression.GoalFactsSource;

/** Stage 2's growth goals for the gate, read from no contact's tables in one statement. */
@Component
class GoalGateFacts implements GoalFactsSource {

	private static final String GOALS_WITH_PROGRESS = """
			select count(distinct g.id) from growth_goal g join goal_progress p on p.goal_id = g.id
			 where g.journey_id = :journeyId
			""";

	private final JdbcClient jdbc;

	GoalGateFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public int goalsWithProgress(long journeyId) {
		return this.jdbc.sql(GOALS_WITH_PROGRESS).param("journeyId", journeyId).query(Integer.class).single();
	}

}
