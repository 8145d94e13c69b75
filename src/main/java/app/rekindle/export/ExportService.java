package app.rekindle.export;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.rekindle.account.AccountService;
import app.rekindle.calendar.CalendarFeedService;
import app.rekindle.checkin.CheckInService;
import app.rekindle.journey.Journey;
import app.rekindle.journey.JourneyService;
import app.rekindle.journey.SafetyLockRecord;
import app.rekindle.nocontact.GrowthGoal;
import app.rekindle.nocontact.NoContactService;
import app.rekindle.nocontact.UnsentLetter;
import app.rekindle.nocontact.UrgeEvent;
import app.rekindle.outreach.Conversation;
import app.rekindle.outreach.Draft;
import app.rekindle.outreach.OutreachService;
import app.rekindle.reflection.FixableCheck;
import app.rekindle.reflection.MotivesCheck;
import app.rekindle.reflection.ReflectionEntry;
import app.rekindle.reflection.ReflectionService;
import app.rekindle.reflection.SafetyScreen;
import app.rekindle.trial.Checkpoint;
import app.rekindle.trial.TrialPeriod;
import app.rekindle.trial.TrialService;
import app.rekindle.trust.Apology;
import app.rekindle.trust.Boundary;
import app.rekindle.trust.BoundaryService;
import app.rekindle.trust.Commitment;
import app.rekindle.trust.CommitmentService;
import app.rekindle.trust.SharedActivity;
import app.rekindle.trust.SharedActivityService;
import app.rekindle.trust.TrustService;

/**
 * Reads everything an account owns into one {@link JournalExport}, in one read-only transaction
 * so the parts agree with each other. Every kind of row is read for the whole account in a single
 * query, scoped to the account inside the query, and then grouped by journey: the number of
 * statements does not grow with the number of journeys or rows.
 */
@Service
public class ExportService {

	private final AccountService accounts;

	private final JourneyService journeys;

	private final ReflectionService reflection;

	private final CheckInService checkIns;

	private final NoContactService noContact;

	private final OutreachService outreach;

	private final TrustService trust;

	private final CommitmentService commitments;

	private final BoundaryService boundaries;

	private final SharedActivityService activities;

	private final TrialService trial;

	private final CalendarFeedService calendarFeeds;

	private final Clock clock;

	ExportService(AccountService accounts, JourneyService journeys, ReflectionService reflection,
			CheckInService checkIns, NoContactService noContact, OutreachService outreach, TrustService trust,
			CommitmentService commitments, BoundaryService boundaries, SharedActivityService activities,
			TrialService trial, CalendarFeedService calendarFeeds, Clock clock) {
		this.calendarFeeds = calendarFeeds;
		this.accounts = accounts;
		this.journeys = journeys;
		this.reflection = reflection;
		this.checkIns = checkIns;
		this.noContact = noContact;
		this.outreach = outreach;
		this.trust = trust;
		this.commitments = commitments;
		this.boundaries = boundaries;
		this.activities = activities;
		this.trial = trial;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public JournalExport export(long accountId) {
		JournalExport.AccountData account = JournalExport.AccountData.of(this.accounts.get(accountId));
		ByJourney<SafetyLockRecord> locks = ByJourney.of(this.journeys.safetyLocksOf(accountId),
				SafetyLockRecord::journeyId);
		ByJourney<ReflectionEntry> entries = ByJourney.of(this.reflection.entriesOfAccount(accountId),
				ReflectionEntry::getJourneyId);
		ByJourney<MotivesCheck> motives = ByJourney.of(this.reflection.motivesChecksOfAccount(accountId),
				MotivesCheck::getJourneyId);
		ByJourney<SafetyScreen> screens = ByJourney.of(this.reflection.safetyScreensOfAccount(accountId),
				SafetyScreen::getJourneyId);
		ByJourney<FixableCheck> fixable = ByJourney.of(this.reflection.fixableChecksOfAccount(accountId),
				FixableCheck::getJourneyId);
		ByJourney<GrowthGoal> goals = ByJourney.of(this.noContact.goalsOfAccount(accountId), GrowthGoal::getJourneyId);
		ByJourney<UnsentLetter> letters = ByJourney.of(this.noContact.letters(accountId), UnsentLetter::getJourneyId);
		ByJourney<UrgeEvent> urges = ByJourney.of(this.noContact.urges(accountId), UrgeEvent::getJourneyId);
		ByJourney<Draft> drafts = ByJourney.of(this.outreach.draftsOfAccount(accountId), Draft::getJourneyId);
		ByJourney<Conversation> conversations = ByJourney.of(this.outreach.conversationsOfAccount(accountId),
				Conversation::getJourneyId);
		ByJourney<Apology> apologies = ByJourney.of(this.trust.apologiesOfAccount(accountId), Apology::getJourneyId);
		ByJourney<Commitment> promises = ByJourney.of(this.commitments.commitmentsOfAccount(accountId),
				Commitment::getJourneyId);
		ByJourney<Boundary> limits = ByJourney.of(this.boundaries.boundariesOfAccount(accountId),
				Boundary::getJourneyId);
		ByJourney<SharedActivity> together = ByJourney.of(this.activities.activitiesOfAccount(accountId),
				SharedActivity::getJourneyId);
		ByJourney<TrialPeriod> periods = ByJourney.of(this.trial.periodsOfAccount(accountId),
				TrialPeriod::getJourneyId);
		ByJourney<Checkpoint> checkpoints = ByJourney.of(this.trial.checkpointsOfAccount(accountId),
				Checkpoint::getJourneyId);

		List<Journey> all = this.journeys.allOf(accountId);
		Map<Long, Integer> journeyIndex = new HashMap<>();
		all.forEach((journey) -> journeyIndex.put(journey.getId(), journeyIndex.size()));
		List<JourneyExport> journeyExports = all.stream().map((journey) -> {
			long id = journey.getId();
			return JourneyExport.of(journey, locks.all(id), journeyIndex,
					ReflectionExport.of(entries.all(id), motives.one(id), screens.one(id), fixable.one(id)),
					NoContactExport.of(goals.all(id), letters.all(id), urges.all(id)),
					OutreachExport.of(drafts.all(id), conversations.all(id)),
					TrustExport.of(apologies.one(id), promises.all(id), limits.all(id), together.all(id)),
					TrialExport.of(periods.one(id), checkpoints.all(id)));
		}).toList();
		List<JournalExport.CheckInData> days = this.checkIns.all(accountId)
			.stream()
			.map(JournalExport.CheckInData::of)
			.toList();
		JournalExport.CalendarFeedData feed = this.calendarFeeds.settings(accountId)
			.map((settings) -> new JournalExport.CalendarFeedData(settings.reminderTime()))
			.orElse(null);
		return new JournalExport(JournalExport.FORMAT_VERSION, this.clock.instant(), account, journeyExports, days, feed);
	}

}
