package app.rekindle.reflection;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.rekindle.journey.JourneyService;
import app.rekindle.journey.StageAccess;
import app.rekindle.progression.Stage;
import app.rekindle.system.NotFoundException;

/**
 * Stage 1. Every call names the account and the journey, and finds nothing of another account.
 * Reflection can be changed while the journey is in REFLECTION and read at any time after; the
 * safety screen stays open to changes for as long as the journey is active.
 */
@Service
public class ReflectionService {

	/** Entries and the motives check can be changed while the journey is in reflection. */
	public static final StageAccess CHANGES = StageAccess.inStage(Stage.REFLECTION);

	/** The safety screen can be changed for as long as the journey is active. */
	public static final StageAccess SAFETY_SCREEN_CHANGES = StageAccess.whileActive(Stage.REFLECTION);

	private final JourneyService journeys;

	private final ReflectionEntryRepository entries;

	private final MotivesCheckRepository motives;

	private final SafetyScreenRepository safetyScreens;

	private final FixableCheckRepository fixable;

	private final Clock clock;

	ReflectionService(JourneyService journeys, ReflectionEntryRepository entries, MotivesCheckRepository motives,
			SafetyScreenRepository safetyScreens, FixableCheckRepository fixable, Clock clock) {
		this.journeys = journeys;
		this.entries = entries;
		this.motives = motives;
		this.safetyScreens = safetyScreens;
		this.fixable = fixable;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<ReflectionEntry> entries(long accountId, long journeyId) {
		this.journeys.owned(accountId, journeyId);
		return this.entries.findByJourneyIdOrderByCreatedAtAscIdAsc(journeyId);
	}

	@Transactional(readOnly = true)
	public List<ReflectionEntry> entries(long accountId, long journeyId, EntryKind kind) {
		this.journeys.owned(accountId, journeyId);
		return this.entries.findByJourneyIdAndKindOrderByCreatedAtAscIdAsc(journeyId, kind);
	}

	@Transactional(readOnly = true)
	public ReflectionEntry entry(long accountId, long journeyId, EntryKind kind, long entryId) {
		this.journeys.owned(accountId, journeyId);
		return this.entries.findByIdAndJourneyIdAndKind(entryId, journeyId, kind)
			.orElseThrow(() -> new NotFoundException("reflection entry", entryId));
	}

	/** Every entry of every journey of the account, oldest first within each journey. */
	@Transactional(readOnly = true)
	public List<ReflectionEntry> entriesOfAccount(long accountId) {
		return this.entries.findAllOfAccount(accountId);
	}

	/** The motives checks of every journey of the account (at most one per journey). */
	@Transactional(readOnly = true)
	public List<MotivesCheck> motivesChecksOfAccount(long accountId) {
		return this.motives.findAllOfAccount(accountId);
	}

	/** The safety screens of every journey of the account (at most one per journey). */
	@Transactional(readOnly = true)
	public List<SafetyScreen> safetyScreensOfAccount(long accountId) {
		return this.safetyScreens.findAllOfAccount(accountId);
	}

	@Transactional
	public ReflectionEntry add(long accountId, long journeyId, EntryContent content) {
		this.journeys.open(accountId, journeyId, CHANGES);
		return this.entries.save(ReflectionEntry.create(journeyId, content, this.clock.instant()));
	}

	@Transactional
	public void update(long accountId, long journeyId, long entryId, EntryContent content) {
		ReflectionEntry entry = entry(accountId, journeyId, content.kind(), entryId);
		this.journeys.open(accountId, journeyId, CHANGES);
		entry.change(content);
	}

	@Transactional
	public void delete(long accountId, long journeyId, EntryKind kind, long entryId) {
		ReflectionEntry entry = entry(accountId, journeyId, kind, entryId);
		this.journeys.open(accountId, journeyId, CHANGES);
		this.entries.delete(entry);
	}

	@Transactional(readOnly = true)
	public Optional<MotivesCheck> motivesCheck(long accountId, long journeyId) {
		this.journeys.owned(accountId, journeyId);
		return this.motives.findById(journeyId);
	}

	@Transactional
	public MotivesCheck answerMotives(long accountId, long journeyId, Set<Motive> ticked, String note) {
		this.journeys.open(accountId, journeyId, CHANGES);
		MotivesCheck check = this.motives.findById(journeyId).orElseGet(() -> new MotivesCheck(journeyId));
		check.answer(ticked, note, this.clock.instant());
		return this.motives.save(check);
	}

	/**
	 * The answers to "Can it be fixed?", if the journey is the account's and they were given; one
	 * statement, so the summary can read them beside the entries. Another account's journey finds
	 * nothing here; the pages ask {@code JourneyService.owned} first, which answers 404.
	 */
	@Transactional(readOnly = true)
	public Optional<FixableCheck> fixableCheck(long accountId, long journeyId) {
		return this.fixable.findOfAccount(accountId, journeyId);
	}

	/** The answers to "Can it be fixed?" of every journey of the account (at most one per journey). */
	@Transactional(readOnly = true)
	public List<FixableCheck> fixableChecksOfAccount(long accountId) {
		return this.fixable.findAllOfAccount(accountId);
	}

	@Transactional
	public FixableCheck answerFixable(long accountId, long journeyId, FixableAnswers answers) {
		this.journeys.open(accountId, journeyId, CHANGES);
		FixableCheck check = this.fixable.findById(journeyId).orElseGet(() -> new FixableCheck(journeyId));
		check.answer(answers, this.clock.instant());
		return this.fixable.save(check);
	}

	@Transactional(readOnly = true)
	public Optional<SafetyScreen> safetyScreen(long accountId, long journeyId) {
		this.journeys.owned(accountId, journeyId);
		return this.safetyScreens.findById(journeyId);
	}

	/**
	 * Whether saving these answers would close reaching out now: a "yes" that records a safety
	 * concern, on a journey that no lock has closed yet. The page asks before saving such answers.
	 */
	@Transactional
	public boolean wouldCloseReachingOut(long accountId, long journeyId, SafetyAnswers answers) {
		this.journeys.open(accountId, journeyId, SAFETY_SCREEN_CHANGES);
		return !answers.concerns().isEmpty() && !this.journeys.get(accountId, journeyId).gate().isLocked();
	}

	/**
	 * Saves the answers and records every "yes" that closes reaching out, which ends the journey
	 * at once. Returns whether the journey is locked now.
	 */
	@Transactional
	public boolean answerSafetyScreen(long accountId, long journeyId, SafetyAnswers answers) {
		this.journeys.open(accountId, journeyId, SAFETY_SCREEN_CHANGES);
		SafetyScreen screen = this.safetyScreens.findById(journeyId).orElseGet(() -> new SafetyScreen(journeyId));
		screen.answer(answers, this.clock.instant());
		this.safetyScreens.saveAndFlush(screen);
		return this.journeys.recordSafetyConcerns(accountId, journeyId, answers.concerns());
	}

}
