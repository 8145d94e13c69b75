package app.rekindle.progression;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import app.rekindle.progression.JourneyFactsSource.AccountJourney;
import app.rekindle.progression.JourneyFactsSource.CarriedLock;
import app.rekindle.progression.JourneyFactsSource.Locks;
import app.rekindle.progression.JourneySnapshot.CarriedLockFacts;
import app.rekindle.progression.JourneySnapshot.JourneyFacts;
import app.rekindle.progression.JourneySnapshot.NoContactFacts;
import app.rekindle.progression.JourneySnapshot.NoContactFacts.CheckIn;

/**
 * Puts a journey's snapshot together from the facts each module answers about its own tables
 * (the {@code …FactsSource} interfaces, implemented in {@code journey}, {@code checkin} and the
 * stage modules). The rules declare what they need and import no module; the modules depend on
 * the rules, never the other way round. Each source answers in a fixed number of statements,
 * however much a person has written, so each stage's evaluation costs a fixed number too.
 */
@Component
class JourneySnapshotAssembler {

	private final JourneyFactsSource journeys;

	private final CheckInFactsSource checkIns;

	private final ReflectionFactsSource reflection;

	private final GoalFactsSource goals;

	private final OutreachFactsSource outreach;

	private final TrustFactsSource trust;

	private final TrialFactsSource trial;

	JourneySnapshotAssembler(JourneyFactsSource journeys, CheckInFactsSource checkIns,
			ReflectionFactsSource reflection, GoalFactsSource goals, OutreachFactsSource outreach,
			TrustFactsSource trust, TrialFactsSource trial) {
		this.journeys = journeys;
		this.checkIns = checkIns;
		this.reflection = reflection;
		this.goals = goals;
		this.outreach = outreach;
		this.trust = trust;
		this.trial = trial;
	}

	/**
	 * The journey, its check-ins (the no-contact count runs in every stage) and its safety locks,
	 * plus the facts the current stage's gate reads. Facts of other stages stay empty: no gate
	 * reads them, and leaving them out keeps each page to a few statements.
	 */
	JourneySnapshot assemble(long journeyId) {
		return assemble(journeyId, this.journeys.journey(journeyId));
	}

	/** The same snapshot, for a journey whose own facts were read already. */
	JourneySnapshot assemble(long journeyId, AccountJourney found) {
		JourneyFacts journey = found.facts();
		List<CheckIn> checkIns = this.checkIns.checkInsFrom(found.accountId(), journey.startedOn());
		Locks locks = this.journeys.locks(journeyId);
		JourneySnapshot snapshot = JourneySnapshot.of(journey)
			.with(new NoContactFacts(checkIns, 0))
			.with(locks.own())
			.with(carriedLock(locks.carried()));
		return switch (journey.stage()) {
			case REFLECTION -> snapshot.with(this.reflection.reflectionFacts(journeyId));
			case NO_CONTACT -> snapshot.with(new NoContactFacts(checkIns, this.goals.goalsWithProgress(journeyId)));
			case REACHING_OUT -> snapshot.with(this.outreach.outreachFacts(journeyId));
			case REBUILDING_TRUST -> snapshot.with(this.trust.trustFacts(journeyId));
			case TRIAL_PERIOD -> snapshot.with(this.trial.trialFacts(journeyId));
			case MOVING_ON -> snapshot;
		};
	}

	/**
	 * A carried lock with the replies logged on the journey it came from: one statement more, and
	 * only for a journey that carries a lock from an earlier one still there.
	 */
	private CarriedLockFacts carriedLock(Optional<CarriedLock> carried) {
		return carried
			.map((lock) -> new CarriedLockFacts(true, lock.concerns(),
					lock.fromJourneyId().map(this.outreach::replies).orElse(List.of())))
			.orElse(CarriedLockFacts.NONE);
	}

}
