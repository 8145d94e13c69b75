package app.rekindle.nocontact;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.rekindle.journey.Journey;
import app.rekindle.journey.JourneyService;
import app.rekindle.journey.StageAccess;
import app.rekindle.progression.Stage;
import app.rekindle.system.NotFoundException;

/**
 * Stage 2 besides the check-ins: growth goals with their progress, unsent letters, and urges
 * logged when the person paused instead of texting. Everything is scoped to the account, through
 * the journey it belongs to.
 */
@Service
public class NoContactService {

	/** Goals can be added to and changed for as long as the journey is active, in any stage. */
	public static final StageAccess GOAL_CHANGES = StageAccess.whileActive(Stage.NO_CONTACT);

	private final JourneyService journeys;

	private final GrowthGoalRepository goals;

	private final UnsentLetterRepository letters;

	private final UrgeEventRepository urges;

	private final Clock clock;

	NoContactService(JourneyService journeys, GrowthGoalRepository goals, UnsentLetterRepository letters,
			UrgeEventRepository urges, Clock clock) {
		this.journeys = journeys;
		this.goals = goals;
		this.letters = letters;
		this.urges = urges;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<GrowthGoal> goals(long accountId, long journeyId) {
		this.journeys.owned(accountId, journeyId);
		return this.goals.findWithProgressByJourneyId(journeyId);
	}

	/** Every goal of every journey of the account, with its progress. */
	@Transactional(readOnly = true)
	public List<GrowthGoal> goalsOfAccount(long accountId) {
		return this.goals.findWithProgressOfAccount(accountId);
	}

	/** Every urge the account logged, oldest first. */
	@Transactional(readOnly = true)
	public List<UrgeEvent> urges(long accountId) {
		return this.urges.findByAccountIdOrderByFeltAtAscIdAsc(accountId);
	}

	@Transactional(readOnly = true)
	public GrowthGoal goal(long accountId, long journeyId, long goalId) {
		this.journeys.owned(accountId, journeyId);
		return this.goals.findWithProgressByIdAndJourneyId(goalId, journeyId)
			.orElseThrow(() -> new NotFoundException("goal", goalId));
	}

	@Transactional
	public GrowthGoal addGoal(long accountId, long journeyId, String title, String why) {
		this.journeys.open(accountId, journeyId, GOAL_CHANGES);
		return this.goals.save(new GrowthGoal(journeyId, title, why, this.clock.instant()));
	}

	@Transactional
	public void addProgress(long accountId, long journeyId, long goalId, LocalDate day, String what) {
		GrowthGoal goal = goal(accountId, journeyId, goalId);
		this.journeys.open(accountId, journeyId, GOAL_CHANGES);
		goal.addProgress(day, what, this.clock.instant());
	}

	@Transactional
	public void deleteGoal(long accountId, long journeyId, long goalId) {
		GrowthGoal goal = goal(accountId, journeyId, goalId);
		this.journeys.open(accountId, journeyId, GOAL_CHANGES);
		this.goals.delete(goal);
	}

	/**
	 * The journey a pause belongs to: the active one, or the one that ended last. The urge to text
	 * them does not wait for a stage, nor stop when reaching out has closed.
	 */
	@Transactional(readOnly = true)
	public Optional<Journey> pauseJourney(long accountId) {
		return this.journeys.latest(accountId);
	}

	/**
	 * Logs the urge at this moment and keeps the letter, if one was written. An ended journey takes
	 * them too: both are the person's own, and neither reaches anyone.
	 */
	@Transactional
	public void pauseInsteadOfTexting(long accountId, long journeyId, int strength, String letter) {
		this.journeys.owned(accountId, journeyId);
		Instant now = this.clock.instant();
		this.urges.save(new UrgeEvent(accountId, journeyId, now, strength));
		if (letter != null) {
			this.letters.save(new UnsentLetter(accountId, journeyId, letter, now));
		}
	}

	@Transactional(readOnly = true)
	public List<UnsentLetter> letters(long accountId) {
		return this.letters.findByAccountIdOrderByWrittenAtDesc(accountId);
	}

	/** The letters written from {@code from} (inclusive) to {@code to} (exclusive), oldest first. */
	@Transactional(readOnly = true)
	public List<UnsentLetter> lettersWrittenBetween(long accountId, Instant from, Instant to) {
		return this.letters.findWrittenBetween(accountId, from, to);
	}

	/** The urges logged from {@code from} (inclusive) to {@code to} (exclusive), earliest first. */
	@Transactional(readOnly = true)
	public List<UrgeEvent> urgesBetween(long accountId, Instant from, Instant to) {
		return this.urges.findFeltBetween(accountId, from, to);
	}

	@Transactional(readOnly = true)
	public UnsentLetter letter(long accountId, long letterId) {
		return this.letters.findByIdAndAccountId(letterId, accountId)
			.orElseThrow(() -> new NotFoundException("letter", letterId));
	}

	@Transactional
	public void deleteLetter(long accountId, long letterId) {
		this.letters.delete(letter(accountId, letterId));
	}

}
