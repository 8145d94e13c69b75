package app.rekindle.journey;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.rekindle.account.AccountService;
import app.rekindle.progression.GateEvaluation;
import app.rekindle.progression.Progression;
import app.rekindle.progression.SafetyConcern;
import app.rekindle.progression.Stage;
import app.rekindle.system.NotFoundException;

/**
 * Starting, advancing and ending journeys. Every change of stage goes through the rules
 * ({@link Progression}); the version column makes two changes at once land only once.
 */
@Service
public class JourneyService {

	private final JourneyRepository journeys;

	private final SafetyLockRepository locks;

	private final Progression progression;

	private final AccountService accounts;

	private final Clock clock;

	JourneyService(JourneyRepository journeys, SafetyLockRepository locks, Progression progression,
			AccountService accounts, Clock clock) {
		this.journeys = journeys;
		this.locks = locks;
		this.accounts = accounts;
		this.progression = progression;
		this.clock = clock;
	}

	@Transactional
	public Journey start(long accountId, JourneySetup setup) {
		return start(accountId, setup, null);
	}

	/**
	 * Starts a journey. If reaching out closed on an earlier journey with the same person, it stays
	 * closed on this one ({@link #earlierLocks}): when the person said so ({@code samePersonAs}, one
	 * of those journeys' ids, or null), or when the nicknames match ({@link Nicknames}).
	 */
	@Transactional
	public Journey start(long accountId, JourneySetup setup, Long samePersonAs) {
		if (this.journeys.existsByActiveAccountId(accountId)) {
			throw new JourneyAlreadyActiveException();
		}
		Journey journey = Journey.start(accountId, setup, this.clock.instant());
		carryAnyLock(accountId, journey, samePersonAs);
		try {
			return this.journeys.saveAndFlush(journey);
		}
		catch (DataIntegrityViolationException ex) {
			throw new JourneyAlreadyActiveException();
		}
	}

	/**
	 * The active journey and its gate. A safety lock found here ends the journey by moving on,
	 * whichever module recorded the reason for it (a lock is checked at every evaluation), and
	 * then there is no active journey any more.
	 */
	@Transactional
	public Optional<JourneyState> active(long accountId) {
		return this.journeys.findActiveWithTimeline(accountId)
			.map(this::withGate)
			.filter((state) -> state.journey().isActive());
	}

	@Transactional
	public JourneyState get(long accountId, long journeyId) {
		return withGate(this.journeys.findByIdAndAccountIdWithTimeline(journeyId, accountId)
			.orElseThrow(() -> new NotFoundException("journey", journeyId)));
	}

	@Transactional
	public AdvanceResult advance(long accountId, long journeyId, Stage expectedStage) {
		Journey journey = owned(accountId, journeyId);
		if (!journey.isActive() || journey.getStage() != expectedStage) {
			return new AdvanceResult.AlreadyMoved(journey.getStage());
		}
		if (journey.getStage() == Stage.NO_CONTACT && !journey.carriesLock()) {
			// Journeys begun before locks followed the person are checked once more before reaching out.
			carryAnyLock(accountId, journey, null);
			this.journeys.flush();
		}
		GateEvaluation gate = this.progression.evaluate(journeyId);
		if (gate.endsJourney()) {
			steerToMovingOn(journey);
			return new AdvanceResult.Refused(this.progression.evaluate(journeyId));
		}
		if (!gate.isPassed()) {
			return new AdvanceResult.Refused(gate);
		}
		journey.advance(this.clock.instant());
		this.journeys.flush();
		return new AdvanceResult.Advanced(journey.getStage());
	}

	/** Ends the journey by the person's choice, from any stage. Does nothing if it has ended already. */
	@Transactional
	public void moveOn(long accountId, long journeyId, String note) {
		Journey journey = owned(accountId, journeyId);
		if (journey.isActive()) {
			journey.moveOn(this.clock.instant(), StageChangeReason.CHOSE_TO_MOVE_ON, note);
			this.journeys.flush();
		}
	}

	/**
	 * Ends the trial with the two of them back together. Does nothing when the journey is not in
	 * its trial period (any more).
	 * @return whether the journey ended this way now
	 */
	@Transactional
	public boolean reconcile(long accountId, long journeyId, String note) {
		Journey journey = owned(accountId, journeyId);
		if (!journey.isActive() || journey.getStage() != Stage.TRIAL_PERIOD) {
			return false;
		}
		journey.reconcile(this.clock.instant(), note);
		this.journeys.flush();
		return true;
	}

	/**
	 * Goes back from reaching out to no contact; the count restarts from today. Does nothing when
	 * the journey is not reaching out any more (a second click, another tab).
	 * @return whether the journey went back
	 */
	@Transactional
	public boolean backToNoContact(long accountId, long journeyId) {
		Journey journey = owned(accountId, journeyId);
		if (!journey.isActive() || journey.getStage() != Stage.REACHING_OUT) {
			return false;
		}
		journey.backToNoContact(this.clock.instant());
		this.journeys.flush();
		return true;
	}

	/**
	 * Records reasons that close reaching out for this journey, and applies the lock at once: the
	 * journey ends by moving on. Reasons already on record stay as they are; none is ever removed.
	 * @return whether a lock has ended the journey now (a lock carried over from an earlier journey
	 * leaves it open up to no contact)
	 */
	@Transactional
	public boolean recordSafetyConcerns(long accountId, long journeyId, Set<SafetyConcern> concerns) {
		Journey journey = owned(accountId, journeyId);
		List<SafetyConcern> recorded = this.locks.findConcernsByJourneyId(journeyId);
		for (SafetyConcern concern : concerns) {
			if (!recorded.contains(concern)) {
				this.locks.save(new SafetyLockEntry(journeyId, concern, this.clock.instant()));
			}
		}
		return withGate(journey).gate().endsJourney();
	}

	/**
	 * The ended journeys of the account on which reaching out closed, by a lock of their own or one
	 * they carried, newest first and one for each nickname: those a new journey may be with again.
	 */
	@Transactional(readOnly = true)
	public List<EarlierLock> earlierLocks(long accountId) {
		Set<String> seen = new HashSet<>();
		return lockedJourneys(accountId).stream()
			.filter((locked) -> seen.add(Nicknames.normalise(locked.journey().getNickname())))
			.map((locked) -> earlierLock(locked.journey()))
			.toList();
	}

	/** The earlier journey whose lock this journey carries, if it carries one. */
	@Transactional(readOnly = true)
	public Optional<EarlierLock> carriedLockOf(long accountId, Journey journey) {
		if (!journey.carriesLock() || journey.getLockCarriedFrom() == null) {
			return Optional.empty();
		}
		return this.journeys.findByIdAndAccountId(journey.getLockCarriedFrom(), accountId).map(JourneyService::earlierLock);
	}

	/** The day, in the person's zone, the journey last entered the given stage. */
	@Transactional(readOnly = true)
	public Optional<LocalDate> stageEnteredOn(long accountId, long journeyId, Stage stage) {
		Journey journey = this.journeys.findByIdAndAccountIdWithTimeline(journeyId, accountId)
			.orElseThrow(() -> new NotFoundException("journey", journeyId));
		ZoneId zone = this.accounts.timeZone(accountId);
		return journey.getTimeline()
			.stream()
			.filter((change) -> change.getToStage() == stage)
			.map((change) -> change.getChangedAt().atZone(zone).toLocalDate())
			.reduce((first, second) -> second);
	}

	/**
	 * The journey a person's own writing belongs to now: the active one, or else the one that ended
	 * most recently. No gate is evaluated, so it costs one or two statements.
	 */
	@Transactional(readOnly = true)
	public Optional<Journey> latest(long accountId) {
		return this.journeys.findActiveWithTimeline(accountId).or(() -> lastEnded(accountId));
	}

	/** The journey that ended most recently, with its timeline, if any has. */
	@Transactional(readOnly = true)
	public Optional<Journey> lastEnded(long accountId) {
		return this.journeys.findEndedIdsNewestFirst(accountId, Limit.of(1))
			.stream()
			.findFirst()
			.flatMap((id) -> this.journeys.findByIdAndAccountIdWithTimeline(id, accountId));
	}

	/** Every journey of the account, ended ones too, oldest first, each with its timeline. */
	@Transactional(readOnly = true)
	public List<Journey> allOf(long accountId) {
		return this.journeys.findAllWithTimelineByAccountId(accountId);
	}

	/** Every safety lock recorded on any journey of the account. */
	@Transactional(readOnly = true)
	public List<SafetyLockRecord> safetyLocksOf(long accountId) {
		return this.locks.findRecordsByAccountId(accountId);
	}

	/** The journey, if it belongs to the account; otherwise {@link NotFoundException} (a 404). */
	@Transactional(readOnly = true)
	public Journey owned(long accountId, long journeyId) {
		return this.journeys.findByIdAndAccountId(journeyId, accountId)
			.orElseThrow(() -> new NotFoundException("journey", journeyId));
	}

	/**
	 * The journey, for a change to a stage's part of it: it belongs to the account (otherwise
	 * {@link NotFoundException}), and the access allows a change now (otherwise
	 * {@link StageClosedException}). The one way a stage's service opens a journey.
	 */
	@Transactional(readOnly = true)
	public Journey open(long accountId, long journeyId, StageAccess access) {
		Journey journey = owned(accountId, journeyId);
		if (!access.allows(journey)) {
			throw new StageClosedException(journeyId, access.stage(), journey.isActive()
					? StageClosedException.Reason.OTHER_STAGE : StageClosedException.Reason.ENDED);
		}
		return journey;
	}

	/**
	 * Carries the lock of an earlier journey with the same person: the one the person named if it
	 * is among them, or else the newest whose nickname matches. The journey carries the lock of the
	 * journey that closed in the first place, so its reasons can be shown.
	 */
	private void carryAnyLock(long accountId, Journey journey, Long samePersonAs) {
		List<LockedJourney> locked = lockedJourneys(accountId);
		Optional<LockedJourney> named = locked.stream()
			.filter((candidate) -> candidate.journey().getId().equals(samePersonAs))
			.findFirst();
		if (named.isPresent()) {
			journey.carryLock(named.get().closedOn(), SamePersonReason.SAID_SAME_PERSON);
			return;
		}
		locked.stream()
			.filter((candidate) -> Nicknames.same(candidate.journey().getNickname(), journey.getNickname()))
			.findFirst()
			.ifPresent((candidate) -> journey.carryLock(candidate.closedOn(), SamePersonReason.SAME_NICKNAME));
	}

	/** Ended journeys on which reaching out closed, newest first; nicknames are compared in memory. */
	private List<LockedJourney> lockedJourneys(long accountId) {
		Set<Long> withLocks = new HashSet<>();
		this.locks.findRecordsByAccountId(accountId).forEach((lock) -> withLocks.add(lock.journeyId()));
		return this.journeys.findAllWithTimelineByAccountId(accountId)
			.stream()
			.filter((journey) -> !journey.isActive())
			.filter((journey) -> withLocks.contains(journey.getId()) || journey.carriesLock()
					|| journey.latestChange().getReason() == StageChangeReason.SAFETY_LOCK)
			.sorted(Comparator.comparing(Journey::getEndedAt).thenComparing(Journey::getId).reversed())
			.map((journey) -> new LockedJourney(journey, closedOn(journey, withLocks)))
			.toList();
	}

	/** The journey whose own lock closed reaching out: this one, or the one it carried a lock from. */
	private static long closedOn(Journey journey, Set<Long> withLocks) {
		boolean ownLock = withLocks.contains(journey.getId())
				|| journey.latestChange().getReason() == StageChangeReason.SAFETY_LOCK;
		return (!ownLock && journey.getLockCarriedFrom() != null) ? journey.getLockCarriedFrom() : journey.getId();
	}

	private static EarlierLock earlierLock(Journey journey) {
		return new EarlierLock(journey.getId(), journey.getNickname(), journey.getEndedAt());
	}

	/** An ended journey on which reaching out closed, and the journey whose own lock closed it. */
	private record LockedJourney(Journey journey, long closedOn) {
	}

	/**
	 * The journey with its gate. Its own facts come from the entity and its timeline, already read
	 * (the account, for its zone, is read once per transaction), so the gate reads only the rest.
	 */
	private JourneyState withGate(Journey journey) {
		ZoneId zone = this.accounts.timeZone(journey.getAccountId());
		GateEvaluation gate = this.progression.evaluate(journey.getId(), JourneyGateFacts.of(journey, zone));
		if (gate.endsJourney() && journey.isActive()) {
			steerToMovingOn(journey);
			gate = this.progression.evaluate(journey.getId(), JourneyGateFacts.of(journey, zone));
		}
		return new JourneyState(journey, gate);
	}

	private void steerToMovingOn(Journey journey) {
		journey.moveOn(this.clock.instant(), StageChangeReason.SAFETY_LOCK, null);
		this.journeys.flush();
	}

}
