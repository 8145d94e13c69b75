package app.rekindle.progression;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The gate of a stored journey, now: its snapshot read from the database, then the rules. */
@Service
public class Progression {

	private final JourneySnapshotAssembler assembler;

	private final GateRules rules;

	private final Clock clock;

	Progression(JourneySnapshotAssembler assembler, GateRules rules, Clock clock) {
		this.assembler = assembler;
		this.rules = rules;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public GateEvaluation evaluate(long journeyId) {
		return this.rules.evaluate(this.assembler.assemble(journeyId), this.clock.instant());
	}

	/**
	 * The gate of a journey whose own facts the caller has read already (with its timeline, for a
	 * page that shows it): the rest of the snapshot is read here, the journey's row is not read again.
	 */
	@Transactional(readOnly = true)
	public GateEvaluation evaluate(long journeyId, JourneyFactsSource.AccountJourney journey) {
		return this.rules.evaluate(this.assembler.assemble(journeyId, journey), this.clock.instant());
	}

}
