package app.rekindle.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import app.rekindle.account.AccountClock;
import app.rekindle.account.AccountUser;
import app.rekindle.checkin.CheckInAnswers;
import app.rekindle.checkin.CheckInService;
import app.rekindle.checkin.ContactKind;
import app.rekindle.checkin.SelfCare;
import app.rekindle.journey.Journey;
import app.rekindle.journey.JourneyService;
import app.rekindle.journey.JourneySetup;
import app.rekindle.nocontact.GrowthGoal;
import app.rekindle.nocontact.NoContactService;
import app.rekindle.outreach.Channel;
import app.rekindle.outreach.Conversation;
import app.rekindle.outreach.ConversationKind;
import app.rekindle.outreach.ConversationReview;
import app.rekindle.outreach.Draft;
import app.rekindle.outreach.DraftContent;
import app.rekindle.outreach.OutreachService;
import app.rekindle.outreach.ReplyKind;
import app.rekindle.outreach.ReviewAnswer;
import app.rekindle.progression.RulesProperties;
import app.rekindle.progression.Stage;
import app.rekindle.reflection.BreakupCause;
import app.rekindle.reflection.EntryContent;
import app.rekindle.reflection.EntryKind;
import app.rekindle.reflection.FixableAnswers;
import app.rekindle.reflection.Motive;
import app.rekindle.reflection.ReflectionEntry;
import app.rekindle.reflection.ReflectionService;
import app.rekindle.reflection.SafetyAnswers;
import app.rekindle.trial.CheckpointReview;
import app.rekindle.trial.RedFlag;
import app.rekindle.trial.TrialService;
import app.rekindle.trial.TrialTerms;
import app.rekindle.trust.ActivityContent;
import app.rekindle.trust.ActivityKind;
import app.rekindle.trust.ApologyContent;
import app.rekindle.trust.BoundaryContent;
import app.rekindle.trust.BoundaryService;
import app.rekindle.trust.CommitmentService;
import app.rekindle.trust.CommitmentState;
import app.rekindle.trust.SharedActivityService;
import app.rekindle.trust.TrustService;
import app.rekindle.trust.Whose;

/**
 * An account with at least one row of every kind the application stores, written through the
 * real services: a journey taken through every stage to its end together, and a second journey
 * closed by a safety lock. Every text starts with the fixture's tag, so a test can tell two
 * accounts' data apart. The day-long rest of a draft needs the {@link MutableClock}.
 */
@Component
public class EveryKindFixture {

	private final app.rekindle.calendar.CalendarFeedService calendarFeeds;

	/** A check-in note that would break a Markdown document if it were not escaped. */
	public static final String MARKDOWN_HOSTILE = "# Not a heading\n> not a quote\n- not a list\n1. not a number\n"
			+ "`not code` and *not bold* and [not](a link) <b>not html</b> &amp; | not | a | table |\n    not indented code";

	private final TestAccounts accounts;

	private final JourneyService journeys;

	private final TestJourneys testJourneys;

	private final ReflectionService reflection;

	private final CheckInService checkIns;

	private final NoContactService noContact;

	private final OutreachService outreach;

	private final TrustService trust;

	private final CommitmentService commitments;

	private final BoundaryService boundaries;

	private final SharedActivityService activities;

	private final TrialService trial;

	private final RulesProperties rules;

	private final AccountClock accountClock;

	private final Clock clock;

	private final app.rekindle.account.RecoveryCodes recoveryCodes;

	private final app.rekindle.passkey.StoredPasskeys passkeys;

	EveryKindFixture(app.rekindle.account.RecoveryCodes recoveryCodes, app.rekindle.calendar.CalendarFeedService calendarFeeds, TestAccounts accounts, JourneyService journeys, TestJourneys testJourneys,
			ReflectionService reflection, CheckInService checkIns, NoContactService noContact,
			OutreachService outreach, TrustService trust, CommitmentService commitments, BoundaryService boundaries,
			SharedActivityService activities, TrialService trial, RulesProperties rules, AccountClock accountClock,
			Clock clock, app.rekindle.passkey.StoredPasskeys passkeys) {
		this.passkeys = passkeys;
		this.accounts = accounts;
		this.journeys = journeys;
		this.testJourneys = testJourneys;
		this.reflection = reflection;
		this.checkIns = checkIns;
		this.noContact = noContact;
		this.outreach = outreach;
		this.trust = trust;
		this.commitments = commitments;
		this.boundaries = boundaries;
		this.activities = activities;
		this.trial = trial;
		this.rules = rules;
		this.accountClock = accountClock;
		this.clock = clock;
		this.calendarFeeds = calendarFeeds;
		this.recoveryCodes = recoveryCodes;
	}

	/** What was created, for the assertions. */
	public record Created(AccountUser user, String tag, long journeyId, long lockedJourneyId, long mistakeId,
			long triggerId, LocalDate firstDay, int checkpointDay) {

		public String text(String what) {
			return this.tag + " " + what;
		}

	}

	public Created create(String tag) {
		return story(tag, null);
	}

	/**
	 * The same story, stopped while the journey is active in the given stage: the data of that
	 * stage and the ones before it, a second draft still resting when it is reaching out, and no
	 * second journey. The stage's own forms show on its pages.
	 */
	public Created createInStage(String tag, Stage stage) {
		if (stage == Stage.MOVING_ON) {
			throw new IllegalArgumentException("Moving on is an outcome; create() ends a journey");
		}
		return story(tag, stage);
	}

	private Created story(String tag, Stage stopAt) {
		if (!(this.clock instanceof MutableClock mutableClock)) {
			throw new IllegalStateException("Import MutableClockConfiguration: a draft must rest a day before it is sent");
		}
		AccountUser user = this.accounts.create(TestAccounts.uniqueEmail(), ZoneId.of("Europe/Berlin"));
		long account = user.accountId();
		LocalDate today = this.accountClock.today(account);
		Journey journey = this.journeys.start(account,
				new JourneySetup(tag + " Sam", today.minusDays(60), today.minusDays(45), 30));
		long id = journey.getId();
		Created created = new Created(user, tag, id, 0, 0, 0, today, this.rules.trial().checkpointDays().get(0));
		this.passkeys.store(user.getUsername(), created.text("phone"));

		this.reflection.add(account, id,
				new EntryContent(EntryKind.CAUSE, BreakupCause.COMMUNICATION, created.text("we stopped talking"), null));
		ReflectionEntry mistake = this.reflection.add(account, id, new EntryContent(EntryKind.MISTAKE, null,
				created.text("I went quiet"), created.text("say it the same day")));
		ReflectionEntry trigger = this.reflection.add(account, id, new EntryContent(EntryKind.TRIGGER, null,
				created.text("Sunday evenings"), created.text("call my sister")));
		this.reflection.add(account, id, new EntryContent(EntryKind.GROWTH, null, created.text("sleeping again"), null));
		this.reflection.answerMotives(account, id, EnumSet.of(Motive.BUILD_SOMETHING_BETTER, Motive.BOTH_CHANGED),
				created.text("motives note"));
		this.reflection.answerFixable(account, id, new FixableAnswers(FixableAnswers.Unforgivable.NOT_SURE,
				created.text("the last night"), FixableAnswers.Changed.BOTH, created.text("we both listen now"),
				created.text("talk about money"), FixableAnswers.WhoseHands.BOTH, FixableAnswers.OthersView.SAME,
				created.text("my sister agrees")));
		this.reflection.answerSafetyScreen(account, id,
				new SafetyAnswers(false, false, false, false, false, false, false, false));

		if (stopAt == Stage.REFLECTION) {
			return new Created(user, tag, id, 0, mistake.getId(), trigger.getId(), today, created.checkpointDay());
		}
		this.testJourneys.putInStage(id, Stage.NO_CONTACT);
		GrowthGoal goal = this.noContact.addGoal(account, id, created.text("run 5k"), created.text("to feel strong"));
		this.noContact.addProgress(account, id, goal.getId(), today, created.text("ran 2k"));
		this.noContact.pauseInsteadOfTexting(account, id, 7, created.text("dear you") + "\nsecond line");
		this.checkIns.record(account, new CheckInAnswers(today.minusDays(2), 2, 6, ContactKind.NONE, Set.of(), null,
				created.text("late note")));
		this.checkIns.record(account, new CheckInAnswers(today, 4, 3, ContactKind.THEY_REACHED_OUT,
				Set.of(SelfCare.SLEPT_WELL, SelfCare.OTHER), created.text("painted"),
				created.text("today") + "\n" + MARKDOWN_HOSTILE));

		if (stopAt == Stage.NO_CONTACT) {
			return new Created(user, tag, id, 0, mistake.getId(), trigger.getId(), today, created.checkpointDay());
		}
		this.testJourneys.putInStage(id, Stage.REACHING_OUT);
		Draft draft = this.outreach.write(account, id,
				new DraftContent(Channel.TEXT, created.text("hope you are well"), LocalTime.of(18, 30)));
		if (stopAt == Stage.REACHING_OUT) {
			this.outreach.write(account, id,
					new DraftContent(Channel.CALL, created.text("still resting"), LocalTime.of(19, 0)));
		}
		mutableClock.advance(Duration.ofHours(25));
		this.outreach.markSent(account, id, draft.getId());
		this.outreach.logReply(account, id, draft.getId(), ReplyKind.WARM, created.text("they smiled"));
		Conversation call = this.outreach.logConversation(account, id, ConversationKind.CALL, today, 4,
				created.text("good call"));
		this.outreach.reviewConversation(account, id, call.getId(), new ConversationReview(ReviewAnswer.YES,
				ReviewAnswer.PARTLY, ReviewAnswer.YES, ReviewAnswer.NO, created.text("listen more")));

		if (stopAt == Stage.REACHING_OUT) {
			return new Created(user, tag, id, 0, mistake.getId(), trigger.getId(), today, created.checkpointDay());
		}
		this.testJourneys.putInStage(id, Stage.REBUILDING_TRUST);
		this.trust.saveApology(account, id, new ApologyContent(created.text("what I did"), created.text("it was mine"),
				created.text("what I will do"), created.text("you will see"), Set.of(mistake.getId()), today));
		this.commitments.add(account, id, created.text("call when late"), today.plusDays(7), CommitmentState.KEPT);
		this.boundaries.add(account, id, new BoundaryContent(created.text("no phones at dinner"), Whose.SHARED, true));
		this.activities.add(account, id, new ActivityContent(today, created.text("cooked dinner"), ActivityKind.NEW, 5,
				true, trigger.getId(), created.text("activity note")));

		if (stopAt == Stage.REBUILDING_TRUST) {
			return new Created(user, tag, id, 0, mistake.getId(), trigger.getId(), today, created.checkpointDay());
		}
		this.testJourneys.putInStage(id, Stage.TRIAL_PERIOD);
		LocalDate trialBegan = this.accountClock.today(account);
		this.trial.agree(account, id, new TrialTerms(trialBegan, 12, created.text("what will differ")));
		// Counted from a start before the step began, as one saved before that was refused: the first review is due now.
		this.testJourneys.moveTrialStart(id, trialBegan.minusDays(created.checkpointDay()));
		this.trial.review(account, id, created.checkpointDay(),
				new CheckpointReview(true, true, false, true, created.text("checkpoint note"), null, null,
						created.text("closeness missing"), null, Set.of(RedFlag.OLD_PATTERNS)));
		if (stopAt == Stage.TRIAL_PERIOD) {
			return new Created(user, tag, id, 0, mistake.getId(), trigger.getId(), today, created.checkpointDay());
		}
		this.journeys.reconcile(account, id, created.text("back together"));

		Journey locked = this.journeys.start(account,
				new JourneySetup(tag + " Alex", today.minusDays(20), today.minusDays(10), 30));
		this.reflection.answerSafetyScreen(account, locked.getId(),
				new SafetyAnswers(false, false, false, false, false, false, true, false));
		this.calendarFeeds.turnOnOrChange(account, java.time.LocalTime.of(21, 15));
		this.recoveryCodes.issue(account);
		return new Created(user, tag, id, locked.getId(), mistake.getId(), trigger.getId(), today,
				created.checkpointDay());
	}

}
