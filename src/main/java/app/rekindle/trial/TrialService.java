package app.rekindle.trial;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.rekindle.account.AccountClock;
import app.rekindle.account.AccountService;
import app.rekindle.journey.Journey;
import app.rekindle.journey.JourneyService;
import app.rekindle.journey.StageAccess;
import app.rekindle.progression.RulesProperties;
import app.rekindle.progression.SafetyConcern;
import app.rekindle.progression.Stage;
import app.rekindle.progression.TrialStartBounds;
import app.rekindle.system.NotFoundException;

/**
 * Stage 5: the agreed start, a review at each checkpoint, and the end: back together (here) or
 * moving on (the journey's own Move on).
 */
@Service
public class TrialService {

	/** The start and the checkpoint reviews can be changed while the journey is in its trial period. */
	public static final StageAccess CHANGES = StageAccess.inStage(Stage.TRIAL_PERIOD);

	private final JourneyService journeys;

	private final AccountService accounts;

	private final TrialPeriodRepository periods;

	private final CheckpointRepository checkpoints;

	private final RulesProperties rules;

	private final AccountClock accountClock;

	TrialService(JourneyService journeys, AccountService accounts, TrialPeriodRepository periods,
			CheckpointRepository checkpoints, RulesProperties rules, AccountClock accountClock) {
		this.journeys = journeys;
		this.accounts = accounts;
		this.periods = periods;
		this.checkpoints = checkpoints;
		this.rules = rules;
		this.accountClock = accountClock;
	}

	/** The agreed start, or the day the journey entered the trial when none was set. */
	@Transactional(readOnly = true)
	public LocalDate startedOn(long accountId, long journeyId) {
		Journey journey = this.journeys.owned(accountId, journeyId);
		return this.periods.findById(journeyId)
			.map(TrialPeriod::getStartedOn)
			.orElseGet(() -> this.journeys.stageEnteredOn(accountId, journeyId, Stage.TRIAL_PERIOD)
				.orElse(journey.getStartedAt().atZone(this.accounts.timeZone(accountId)).toLocalDate()));
	}

	/** The agreed starts of every journey of the account that has one. */
	@Transactional(readOnly = true)
	public List<TrialPeriod> periodsOfAccount(long accountId) {
		return this.periods.findAllOfAccount(accountId);
	}

	/** Every checkpoint review of every journey of the account. */
	@Transactional(readOnly = true)
	public List<Checkpoint> checkpointsOfAccount(long accountId) {
		return this.checkpoints.findAllOfAccount(accountId);
	}

	/**
	 * The terms the two of them agreed: the start, the weeks and what will be different. Without any
	 * saved, the start is the day the journey entered the trial and the rest is empty.
	 */
	@Transactional(readOnly = true)
	public TrialTerms terms(long accountId, long journeyId) {
		this.journeys.owned(accountId, journeyId);
		return this.periods.findById(journeyId)
			.map(TrialPeriod::terms)
			.orElseGet(() -> new TrialTerms(startedOn(accountId, journeyId), null, null));
	}

	/** The days the agreed start may lie on: from the day the trial step began to today. */
	@Transactional(readOnly = true)
	public TrialStartBounds startBounds(long accountId, long journeyId) {
		Journey journey = this.journeys.owned(accountId, journeyId);
		LocalDate stepBegan = this.journeys.stageEnteredOn(accountId, journeyId, Stage.TRIAL_PERIOD)
			.orElse(journey.getStartedAt().atZone(this.accounts.timeZone(accountId)).toLocalDate());
		return new TrialStartBounds(stepBegan, this.accountClock.today(accountId));
	}

	/**
	 * Saves the terms the two of them agreed, the start among them, which checkpoints count from.
	 * @throws IllegalArgumentException when the start lies outside {@link #startBounds} (the form
	 * checks this first, with a message)
	 */
	@Transactional
	public void agree(long accountId, long journeyId, TrialTerms terms) {
		this.journeys.open(accountId, journeyId, CHANGES);
		if (!startBounds(accountId, journeyId).allows(terms.startedOn())) {
			throw new IllegalArgumentException("The start lies outside the days the trial may start on");
		}
		TrialPeriod period = this.periods.findById(journeyId)
			.orElseGet(() -> new TrialPeriod(journeyId, terms.startedOn()));
		period.agree(terms);
		this.periods.save(period);
	}

	/** Every configured checkpoint with its due date and review, if done. */
	@Transactional(readOnly = true)
	public List<CheckpointStatus> checkpoints(long accountId, long journeyId) {
		LocalDate start = startedOn(accountId, journeyId);
		Map<Integer, Checkpoint> reviewed = this.checkpoints.findByJourneyIdOrderByDayMark(journeyId)
			.stream()
			.collect(Collectors.toMap(Checkpoint::getDayMark, Function.identity()));
		List<CheckpointStatus> statuses = new ArrayList<>();
		for (int day : this.rules.trial().checkpointDays()) {
			statuses.add(new CheckpointStatus(day, start.plusDays(day), reviewed.get(day)));
		}
		return statuses;
	}

	@Transactional(readOnly = true)
	public CheckpointStatus checkpoint(long accountId, long journeyId, int day) {
		return checkpoints(accountId, journeyId).stream()
			.filter((status) -> status.day() == day)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("checkpoint", day));
	}

	/**
	 * Saves a review; a checkpoint can be reviewed from its due day on, and reviewed again. A red
	 * flag about safety among its answers is recorded on the journey as the safety screen records
	 * it, so reaching out closes for good and the trial ends now (the page asks first).
	 */
	@Transactional
	public boolean review(long accountId, long journeyId, int day, CheckpointReview review) {
		CheckpointStatus status = checkpoint(accountId, journeyId, day);
		this.journeys.open(accountId, journeyId, CHANGES);
		LocalDate today = this.accountClock.today(accountId);
		if (today.isBefore(status.dueOn())) {
			return false;
		}
		Checkpoint checkpoint = this.checkpoints.findByJourneyIdAndDayMark(journeyId, day)
			.orElseGet(() -> new Checkpoint(journeyId, day));
		checkpoint.review(review, today);
		this.checkpoints.save(checkpoint);
		recordSafetyConcerns(accountId, journeyId, review.redFlags());
		return true;
	}

	/**
	 * Records the red flags about safety among those marked when something feels wrong, as the
	 * safety screen records them: reaching out closes for good, and the trial ends now. The other
	 * flags are not stored: they only bring the page that says what can help.
	 * @return whether the trial ended now
	 */
	@Transactional
	public boolean recordRedFlags(long accountId, long journeyId, Set<RedFlag> flags) {
		this.journeys.open(accountId, journeyId, CHANGES);
		return recordSafetyConcerns(accountId, journeyId, flags);
	}

	private boolean recordSafetyConcerns(long accountId, long journeyId, Set<RedFlag> flags) {
		Set<SafetyConcern> concerns = RedFlag.safetyConcerns(flags);
		return !concerns.isEmpty() && this.journeys.recordSafetyConcerns(accountId, journeyId, concerns);
	}

	/** A checkpoint's day mark, when it is due, and its review if there is one. */
	public record CheckpointStatus(int day, LocalDate dueOn, Checkpoint checkpoint) {

		public boolean isReviewed() {
			return this.checkpoint != null;
		}

	}

}
