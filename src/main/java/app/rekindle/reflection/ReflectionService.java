package app.rekindle.reflection;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.rekindle.journey.Journey;
import app.rekindle.journey.JourneyService;
import app.rekindle.progression.Stage;

/**
 * Stage 1. Every call names the account and the journey, and finds nothing of another account.
 * Reflection can be changed while the journey is in REFLECTION and read at any time after; the
 * safety screen stays open to changes for as long as the journey is active.
 */
@Service
public class ReflectionService {

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

	/** The journey, if it belongs to the account; otherwise a 404. */
	public Journey journey(long accountId, long journeyId) {
		return this.journeys.owned(accountId, journeyId);
	}

	public static boolean isEditable(Journey journey) {
		return journey.isActive() && journey.getStage() == Stage.REFLECTION;
	}

	public static boolean isSafetyScreenEditable(Journey journey) {
		return journey.isActive();
	}

	@Transactional(readOnly = true)
	public List<ReflectionEntry> entries(long accountId, long journeyId) {
		journey(accountId, journeyId);
		return this.entries.findByJourneyIdOrderByCreatedAtAscIdAsc(journeyId);
	}

	@Transactional(readOnly = true)
	public List<ReflectionEntry> entries(long accountId, long journeyId, EntryKind kind) {
		journey(accountId, journeyId);
		return this.entries.findByJourneyIdAndKindOrderByCreatedAtAscIdAsc(journeyId, kind);
	}

	@Transactional(readOnly = true)
	public ReflectionEntry entry(long accountId, long journeyId, EntryKind kind, long entryId) {
		journey(accountId, journeyId);
		return this.entries.findByIdAndJourneyIdAndKind(entryId, journeyId, kind)
			.orElseThrow(() -> new ReflectionEntryNotFoundException(entryId));
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
		editableJourney(accountId, journeyId);
		return this.entries.save(ReflectionEntry.create(journeyId, content, this.clock.instant()));
	}

	@Transactional
	public void update(long accountId, long journeyId, long entryId, EntryContent content) {
		ReflectionEntry entry = entry(accountId, journeyId, content.kind(), entryId);
		editableJourney(accountId, journeyId);
		entry.change(content);
	}

	@Transactional
	public void delete(long accountId, long journeyId, EntryKind kind, long entryId) {
		ReflectionEntry entry = entry(accountId, journeyId, kind, entryId);
		editableJourney(accountId, journeyId);
		this.entries.delete(entry);
	}

	@Transactional(readOnly = true)
	public Optional<MotivesCheck> motivesCheck(long accountId, long journeyId) {
		journey(accountId, journeyId);
		return this.motives.findById(journeyId);
	}

	@Transactional
	public MotivesCheck answerMotives(long accountId, long journeyId, Set<Motive> ticked, String note) {
		editableJourney(accountId, journeyId);
		MotivesCheck check = this.motives.findById(journeyId).orElseGet(() -> new MotivesCheck(journeyId));
		check.answer(ticked, note, this.clock.instant());
		return this.motives.save(check);
	}

	/**
	 * The answers to "Can it be fixed?", if the journey is the account's and they were given; one
	 * statement, so the summary can read them beside the entries. Another account's journey finds
	 * nothing here; the pages ask {@link #journey} first, which answers 404.
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
		editableJourney(accountId, journeyId);
		FixableCheck check = this.fixable.findById(journeyId).orElseGet(() -> new FixableCheck(journeyId));
		check.answer(answers, this.clock.instant());
		return this.fixable.save(check);
	}

	@Transactional(readOnly = true)
	public Optional<SafetyScreen> safetyScreen(long accountId, long journeyId) {
		journey(accountId, journeyId);
		return this.safetyScreens.findById(journeyId);
	}

	/**
	 * Whether saving these answers would close reaching out now: a "yes" that records a safety
	 * concern, on a journey that no lock has closed yet. The page asks before saving such answers.
	 */
	@Transactional
	public boolean wouldCloseReachingOut(long accountId, long journeyId, SafetyAnswers answers) {
		Journey journey = journey(accountId, journeyId);
		if (!isSafetyScreenEditable(journey)) {
			throw new ReflectionClosedException(journeyId);
		}
		return !answers.concerns().isEmpty() && !this.journeys.get(accountId, journeyId).gate().isLocked();
	}

	/**
	 * Saves the answers and records every "yes" that closes reaching out, which ends the journey
	 * at once. Returns whether the journey is locked now.
	 */
	@Transactional
	public boolean answerSafetyScreen(long accountId, long journeyId, SafetyAnswers answers) {
		Journey journey = journey(accountId, journeyId);
		if (!isSafetyScreenEditable(journey)) {
			throw new ReflectionClosedException(journeyId);
		}
		SafetyScreen screen = this.safetyScreens.findById(journeyId).orElseGet(() -> new SafetyScreen(journeyId));
		screen.answer(answers, this.clock.instant());
		this.safetyScreens.saveAndFlush(screen);
		return this.journeys.recordSafetyConcerns(accountId, journeyId, answers.concerns());
	}

	private Journey editableJourney(long accountId, long journeyId) {
		Journey journey = journey(accountId, journeyId);
		if (!isEditable(journey)) {
			throw new ReflectionClosedException(journeyId);
		}
		return journey;
	}

}
