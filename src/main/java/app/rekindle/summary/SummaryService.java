package app.rekindle.summary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.rekindle.account.AccountClock;
import app.rekindle.account.AccountService;
import app.rekindle.checkin.CheckIn;
import app.rekindle.checkin.CheckInMark;
import app.rekindle.checkin.CheckInService;
import app.rekindle.history.chart.ChartFactory;
import app.rekindle.history.chart.ChartPeriod;
import app.rekindle.journey.Journey;
import app.rekindle.journey.JourneyService;
import app.rekindle.journey.JourneyState;
import app.rekindle.nocontact.NoContactService;
import app.rekindle.nocontact.UnsentLetter;
import app.rekindle.nocontact.UrgeEvent;
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

	private final ChartFactory charts;

	private final AccountClock accountClock;

	SummaryService(AccountService accounts, JourneyService journeys, CheckInService checkIns, NoContactService noContact,
			ReflectionService reflection, OutreachService outreach, TrustService trust, CommitmentService commitments,
			BoundaryService boundaries, SharedActivityService activities, TrialService trial, ChartFactory charts,
			AccountClock accountClock) {
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
		this.charts = charts;
		this.accountClock = accountClock;
	}

	public ZoneId zone(long accountId) {
		return this.accounts.timeZone(accountId);
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
	 * The summary of the range, with only the words asked for handed on. Notes, letters and the trust
	 * lists are not even read unless wanted (a year of notes is decrypted only then); the reflection
	 * entries and drafts are read for their figures anyway, and their texts are left out in
	 * {@code content.html} when their box is not ticked.
	 */
	@Transactional(readOnly = true)
	public Summary summarise(long accountId, ZoneId zone, Optional<JourneyState> state, SummaryRange range,
			SummaryWords words) {
		SummaryPeriod period = new SummaryPeriod(range, this.accountClock.today(zone), zone);
		CheckInPart checkIns = checkIns(accountId, period);
		List<CheckIn> notes = words.notes() ? this.checkIns.between(accountId, range.from(), range.to())
			.stream()
			.filter((checkIn) -> checkIn.getNote() != null)
			.toList() : List.of();
		if (state.isEmpty()) {
			return Summary.withoutJourney(period, words, checkIns, new NotesPart(notes, List.of()));
		}
		Journey journey = state.get().journey();
		return new Summary(period, words, new JourneyPart(journey, state.get().gate()), checkIns,
				reflection(accountId, journey, words), reachingOut(accountId, journey, words), trust(accountId, journey, words),
				trial(accountId, journey, words), new NotesPart(notes, letters(accountId, journey, period, words)));
	}

	/**
	 * The figures and charts, which need no text: {@code CheckInMark} carries the day's numbers only,
	 * and an urge its time.
	 */
	private CheckInPart checkIns(long accountId, SummaryPeriod period) {
		SummaryRange range = period.range();
		ZoneId zone = period.zone();
		List<CheckInMark> marks = this.checkIns.marksBetween(accountId, range.from(), range.to());
		ChartPeriod days = new ChartPeriod(range.from(), range.to(), period.madeOn());
		List<Instant> urges = this.noContact.urgesBetween(accountId, days.start(zone), days.end(zone))
			.stream()
			.map(UrgeEvent::getFeltAt)
			.toList();
		return new CheckInPart(CheckInFigures.of(marks), this.charts.charts(days, marks, urges, zone));
	}

	private ReflectionPart reflection(long accountId, Journey journey, SummaryWords words) {
		List<ReflectionEntry> entries = this.reflection.entries(accountId, journey.getId());
		return new ReflectionPart(ofKind(entries, EntryKind.CAUSE), ofKind(entries, EntryKind.MISTAKE),
				ofKind(entries, EntryKind.TRIGGER),
				words.reflection() ? this.reflection.fixableCheck(accountId, journey.getId()).orElse(null) : null);
	}

	private List<UnsentLetter> letters(long accountId, Journey journey, SummaryPeriod period, SummaryWords words) {
		if (!words.notes()) {
			return List.of();
		}
		return this.noContact.letters(accountId)
			.stream()
			.filter((letter) -> letter.getJourneyId().equals(journey.getId()))
			.filter((letter) -> inRange(letter.getWrittenAt().atZone(period.zone()).toLocalDate(), period.range()))
			.toList();
	}

	/*
	 * A stage's records exist only once the journey reached it (each module writes them only while its
	 * stage is open), so a journey that never got there is spared the reads: half of all journeys are
	 * still in reflection or no contact, and these were a third of the summary's statements.
	 */

	/** The figures always; the messages and conversations themselves only when their words are wanted. */
	private ReachingOutPart reachingOut(long accountId, Journey journey, SummaryWords words) {
		if (!journey.reached(Stage.REACHING_OUT)) {
			return ReachingOutPart.NONE;
		}
		List<Draft> drafts = this.outreach.drafts(accountId, journey.getId());
		List<Conversation> conversations = this.outreach.conversations(accountId, journey.getId());
		return new ReachingOutPart(OutreachFigures.of(drafts, conversations),
				words.reachingOut() ? drafts : List.of(), words.reachingOut() ? conversations : List.of());
	}

	/** The figures are counted in the database; the lists behind them are read only when their words are wanted. */
	private TrustPart trust(long accountId, Journey journey, SummaryWords words) {
		if (!journey.reached(Stage.REBUILDING_TRUST)) {
			return TrustPart.NONE;
		}
		TrustSummary figures = this.trust.summary(accountId, journey.getId());
		if (!words.trust()) {
			return new TrustPart(figures, List.of(), List.of(), List.of());
		}
		return new TrustPart(figures, this.commitments.commitments(accountId, journey.getId()),
				this.boundaries.boundaries(accountId, journey.getId()),
				this.activities.activities(accountId, journey.getId()));
	}

	/** The trial's terms, whose words are handed on only when the trial's are wanted, and its checkpoints. */
	private TrialPart trial(long accountId, Journey journey, SummaryWords words) {
		if (!journey.reached(Stage.TRIAL_PERIOD)) {
			return TrialPart.NONE;
		}
		TrialTerms terms = this.trial.terms(accountId, journey.getId());
		return new TrialPart(journey.getStage() == Stage.TRIAL_PERIOD,
				words.trial() ? terms : new TrialTerms(terms.startedOn(), terms.weeks(), null),
				this.trial.checkpoints(accountId, journey.getId()));
	}

	private static List<ReflectionEntry> ofKind(List<ReflectionEntry> entries, EntryKind kind) {
		return entries.stream().filter((entry) -> entry.getKind() == kind).toList();
	}

	private static boolean inRange(LocalDate day, SummaryRange range) {
		return !day.isBefore(range.from()) && !day.isAfter(range.to());
	}

}
