package app.rekindle.trial;

import java.time.LocalDate;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import app.rekindle.progression.JourneySnapshot.TrialFacts;
import app.rekindle.progression.TrialFactsSource;

/** Stage 5's facts for the gate, read from the trial's tables: its agreed start and the checkpoints reviewed. */
@Component
class TrialGateFacts implements TrialFactsSource {

	private static final String TRIAL_START = "select started_on from trial_period where journey_id = :journeyId";

	private static final String TRIAL_CHECKPOINTS = "select day_mark from trial_checkpoint where journey_id = :journeyId";

	private final JdbcClient jdbc;

	TrialGateFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public TrialFacts trialFacts(long journeyId) {
		LocalDate start = this.jdbc.sql(TRIAL_START).param("journeyId", journeyId).query(LocalDate.class).optional().orElse(null);
		Set<Integer> reviewed = this.jdbc.sql(TRIAL_CHECKPOINTS).param("journeyId", journeyId).query(Integer.class).set();
		return new TrialFacts(start, reviewed);
	}

}
