package app.rekindle.summary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.rekindle.account.AccountService;
import app.rekindle.checkin.CheckIn;
import app.rekindle.checkin.CheckInMark;
import app.rekindle.checkin.CheckInService;
import app.rekindle.history.chart.HourChart;
import app.rekindle.history.chart.LineChart;
import app.rekindle.journey.Journey;
import app.rekindle.journey.JourneyService;
import app.rekindle.journey.JourneyState;
import app.rekindle.nocontact.NoContactService;
import app.rekindle.nocontact.UnsentLetter;
import app.rekindle.outreach.Conversation;
import app.rekindle.outreach.Draft;
import app.rekindle.outreach.OutreachService;
import app.rekindle.progression.Stage;
import app.rekindle.reflection.EntryKind;
import app.rekindle.reflection.ReflectionEntry;
import app.rekindle.reflection.ReflectionService;
import app.rekindle.trial.TrialService;
import app.rekindle.trial.TrialTerms;
import app.rekindle.trust.BoundaryService;
import app.rekindle.trust.CommitmentService;
import app.rekindle.trust.SharedActivityService;
import app.rekindle.trust.TrustService;
import app.rekindle.trust.TrustSummary;

/** Gathers the summary from every module, each read once, for one account, journey and range. */
@Service
public class SummaryService {

	private final AccountService accounts;

	private final JourneyService journeys;

	private final CheckInService checkIns;

	private final NoContactService noContact;

	private final ReflectionService reflection;

	private final OutreachService outreach;

	private final TrustService trust;

	private final CommitmentService commitments;

	private final BoundaryService boundaries;

	private final SharedActivityService activities;

	private final TrialService trial;

	private final MessageSource messages;

	private final Clock clock;

	SummaryService(AccountService accounts, JourneyService journeys, CheckInService checkIns, NoContactService noContact,
			ReflectionService reflection, OutreachService outreach, TrustService trust, CommitmentService commitments,
			BoundaryService boundaries, SharedActivityService activities, TrialService trial, MessageSource messages,
			Clock clock) {
		this.accounts = accounts;
		this.journeys = journeys;
		this.checkIns = checkIns;
		this.noContact = noContact;
		this.reflection = reflection;
		this.outreach = outreach;
		this.trust = trust;
		this.commitments = commitments;
		this.boundaries = boundaries;
		this.activities = activities;
		this.trial = trial;
		this.messages = messages;
		this.clock = clock;
	}

	public ZoneId zone(long accountId) {
		return this.accounts.get(accountId).getTimeZone();
	}

	public LocalDate today(ZoneId zone) {
		return this.clock.instant().atZone(zone).toLocalDate();
	}

	/** The journey the summary is about: the one asked for, else the active one, else the last one. */
	@Transactional
	public Optional<JourneyState> journey(long accountId, Long journeyId) {
		if (journeyId != null) {
			return Optional.of(this.journeys.get(accountId, journeyId));
		}
		Optional<JourneyState> active = this.journeys.active(accountId);
		if (active.isPresent()) {
			return active;
		}
		return this.journeys.lastEnded(accountId).map((ended) -> this.journeys.get(accountId, ended.getId()));
	}

	/**
	 * The summary of the range, with only the words asked for handed on. Notes, letters, the trust
	 * lists and the answers to "Can it be fixed?" are not even read unless wanted (a year of notes is
	 * decrypted only then); the reflection entries and drafts are read for their figures anyway, and
	 * their texts are left out in {@code content.html} when their box is not ticked.
	 */
	@Transactional(readOnly = true)
	public Summary summarise(long accountId, ZoneId zone, Optional<JourneyState> state, SummaryRange range,
			SummaryWords words) {
		// Figures and charts need no text: CheckInMark carries the day's numbers only.
		List<CheckInMark> inRange = this.checkIns.marksBetween(accountId, range.from(), range.to());
		Map<LocalDate, Integer> moods = new HashMap<>();
		Map<LocalDate, Integer> urges = new HashMap<>();
		for (CheckInMark checkIn : inRange) {
			moods.put(checkIn.day(), checkIn.mood());
			urges.put(checkIn.day(), checkIn.urge());
		}
		int[] byHour = this.noContact.urgesByHour(accountId, zone, (int) range.days());
		int urgeCount = java.util.Arrays.stream(byHour).sum();
		CheckInFigures figures = CheckInFigures.of(inRange);
		LineChart moodChart = LineChart.of("Mood", "Mood each day, from 1 (very low) to 5 (very good).", range.from(),
				range.to(), moods, 1, 5, "mood");
		LineChart urgeChart = LineChart.of("Urge to contact them", "Urge each day, from 0 (none) to 10 (overwhelming).",
				range.from(), range.to(), urges, 0, 10, "urge");
		HourChart hours = HourChart.of("Urges by hour of the day",
				this.messages.getMessage("summary.chart.hours", new Object[] { urgeCount }, LocaleContextHolder.getLocale()),
				byHour);
		List<CheckIn> notes = words.notes() ? this.checkIns.between(accountId, range.from(), range.to())
			.stream()
			.filter((checkIn) -> checkIn.getNote() != null)
			.toList() : List.of();
		if (state.isEmpty()) {
			return new Summary(today(zone), zone, range, null, null, figures, moodChart, urgeChart, hours, urgeCount,
					List.of(), List.of(), List.of(), null, null, List.of(), words, notes, List.of(), Summary.Texts.NONE,
					null, null);
		}
		Journey journey = state.get().journey();
		long journeyId = journey.getId();
		List<ReflectionEntry> entries = this.reflection.entries(accountId, journeyId);
		List<UnsentLetter> letters = words.notes() ? this.noContact.letters(accountId)
			.stream()
			.filter((letter) -> letter.getJourneyId().equals(journeyId))
			.filter((letter) -> inRange(letter.getWrittenAt().atZone(zone).toLocalDate(), range))
			.toList() : List.of();
		List<Draft> drafts = drafts(accountId, journey);
		List<Conversation> conversations = conversations(accountId, journey);
		Summary.Texts texts = new Summary.Texts(words.reachingOut() ? drafts : List.of(),
				words.reachingOut() ? conversations : List.of(),
				trustWords(words, journey) ? this.commitments.commitments(accountId, journeyId) : List.of(),
				trustWords(words, journey) ? this.boundaries.boundaries(accountId, journeyId) : List.of(),
				trustWords(words, journey) ? this.activities.activities(accountId, journeyId) : List.of());
		return new Summary(today(zone), zone, range, journey, state.get().gate(), figures, moodChart, urgeChart, hours,
				urgeCount, ofKind(entries, EntryKind.CAUSE), ofKind(entries, EntryKind.MISTAKE),
				ofKind(entries, EntryKind.TRIGGER), OutreachFigures.of(drafts, conversations), trust(accountId, journey),
				checkpoints(accountId, journey), words, notes, letters, texts,
				words.reflection() ? this.reflection.fixableCheck(accountId, journeyId).orElse(null) : null,
				trialTerms(accountId, journey, words));
	}

	/*
	 * A stage's records exist only once the journey reached it (each module writes them only while its
	 * stage is open), so a journey that never got there is spared the reads: half of all journeys are
	 * still in reflection or no contact, and these were a third of the summary's statements.
	 */

	private List<Draft> drafts(long accountId, Journey journey) {
		return journey.reached(Stage.REACHING_OUT) ? this.outreach.drafts(accountId, journey.getId()) : List.of();
	}

	private List<Conversation> conversations(long accountId, Journey journey) {
		return journey.reached(Stage.REACHING_OUT) ? this.outreach.conversations(accountId, journey.getId()) : List.of();
	}

	/** The lists behind the trust figures are read only when their words are wanted (the figures are counted in the database). */
	private static boolean trustWords(SummaryWords words, Journey journey) {
		return words.trust() && journey.reached(Stage.REBUILDING_TRUST);
	}

	private TrustSummary trust(long accountId, Journey journey) {
		return journey.reached(Stage.REBUILDING_TRUST) ? this.trust.summary(accountId, journey.getId()) : TrustSummary.NONE;
	}

	private List<TrialService.CheckpointStatus> checkpoints(long accountId, Journey journey) {
		return journey.reached(Stage.TRIAL_PERIOD) ? this.trial.checkpoints(accountId, journey.getId()) : List.of();
	}

	/** The terms of the trial, their words only when the trial's are wanted. */
	private TrialTerms trialTerms(long accountId, Journey journey, SummaryWords words) {
		if (!journey.reached(Stage.TRIAL_PERIOD)) {
			return null;
		}
		TrialTerms terms = this.trial.terms(accountId, journey.getId());
		return words.trial() ? terms : new TrialTerms(terms.startedOn(), terms.weeks(), null);
	}

	private static List<ReflectionEntry> ofKind(List<ReflectionEntry> entries, EntryKind kind) {
		return entries.stream().filter((entry) -> entry.getKind() == kind).toList();
	}

	private static boolean inRange(LocalDate day, SummaryRange range) {
		return !day.isBefore(range.from()) && !day.isAfter(range.to());
	}

}
