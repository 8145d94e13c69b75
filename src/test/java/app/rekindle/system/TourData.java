package app.rekindle.system;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

import app.rekindle.account.AccountClock;
import app.rekindle.account.AccountUser;
import app.rekindle.checkin.CheckInAnswers;
import app.rekindle.checkin.CheckInService;
import app.rekindle.checkin.ContactKind;
import app.rekindle.checkin.SelfCare;
import app.rekindle.journey.JourneyService;
import app.rekindle.journey.JourneySetup;
import app.rekindle.nocontact.GrowthGoal;
import app.rekindle.nocontact.NoContactService;
import app.rekindle.outreach.Channel;
import app.rekindle.outreach.ConversationKind;
import app.rekindle.outreach.Draft;
import app.rekindle.outreach.DraftContent;
import app.rekindle.outreach.OutreachService;
import app.rekindle.outreach.ReplyKind;
import app.rekindle.progression.Stage;
import app.rekindle.reflection.BreakupCause;
import app.rekindle.reflection.EntryContent;
import app.rekindle.reflection.EntryKind;
import app.rekindle.reflection.FixableAnswers;
import app.rekindle.reflection.Motive;
import app.rekindle.reflection.ReflectionService;
import app.rekindle.reflection.SafetyAnswers;
import app.rekindle.testsupport.MutableClock;
import app.rekindle.testsupport.MutableClockConfiguration;
import app.rekindle.testsupport.TestAccounts;
import app.rekindle.testsupport.TestJourneys;
import app.rekindle.trial.CheckpointReview;
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
 * The accounts the screenshot tour looks at, written through the real services with the
 * {@link MutableClock}: a year of check-ins, text at its longest, and a journey in each later stage.
 */
class TourData {

	/** One unbroken word, as people paste links or type a feeling with the key held down. */
	static final String LONG_WORD = "Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaargh";

	static final String LONG_LINK = "https://example.org/photos/2025/summer/the-lake-house-weekend-we-always-talk-about";

	/** The longest nickname a journey takes, with no space to break at. */
	static final String LONG_NICKNAME = "Maximiliane-Alexandrina-Fitzgerald-Smyth";

	private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

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

	private final AccountClock accountClock;

	private final MutableClock clock;

	TourData(TestAccounts accounts, JourneyService journeys, TestJourneys testJourneys, ReflectionService reflection,
			CheckInService checkIns, NoContactService noContact, OutreachService outreach, TrustService trust,
			CommitmentService commitments, BoundaryService boundaries, SharedActivityService activities,
			TrialService trial, AccountClock accountClock, MutableClock clock) {
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
		this.accountClock = accountClock;
		this.clock = clock;
	}

	record Full(AccountUser user, long journeyId, long goalId) {
	}

	AccountUser empty() {
		this.clock.set(MutableClockConfiguration.START);
		return this.accounts.create(TestAccounts.uniqueEmail(), ZONE);
	}

	/**
	 * A year of daily check-ins (a few days missed), ending today, and a journey in its 22nd day of
	 * no contact with reflection, goals, urges at many hours, letters and the longest texts.
	 */
	Full yearOfCheckIns() {
		this.clock.set(MutableClockConfiguration.START.minus(Duration.ofDays(364)).minus(Duration.ofHours(2)));
		AccountUser user = this.accounts.create(TestAccounts.uniqueEmail(), ZONE);
		long account = user.accountId();
		long journey = 0;
		long goal = 0;
		for (int day = 364; day >= 0; day--) {
			LocalDate today = this.accountClock.today(account);
			if (day == 30) {
				journey = this.journeys
					.start(account, new JourneySetup("Robin", today.minusDays(38), today.minusDays(8), 30))
					.getId();
				reflect(account, journey);
				this.testJourneys.putInStage(journey, Stage.NO_CONTACT);
				GrowthGoal growth = this.noContact.addGoal(account, journey, "Run 10 km without stopping",
						"I want to feel strong in my own body again, for me and nobody else.");
				goal = growth.getId();
				this.noContact.addGoal(account, journey, LONG_WORD.substring(0, 60), LONG_LINK);
			}
			if (day % 9 != 4) {
				// A slow climb through good and bad weeks: mood up, urge down, neither in a straight line.
				int mood = (int) Math.round(2.4 + 1.2 * Math.sin(day / 9.0) + (364 - day) / 250.0);
				int urge = Math.max(0, Math.min(10, (int) Math.round(7.5 - (364 - day) / 60.0 + 1.8 * Math.sin(day / 5.0))));
				this.checkIns.record(account, new CheckInAnswers(today, Math.max(1, Math.min(5, mood)), urge,
						ContactKind.NONE, day % 3 == 0 ? Set.of(SelfCare.TIME_OUTSIDE, SelfCare.SLEPT_WELL) : Set.of(),
						null, note(day)));
			}
			if (journey != 0 && day < 22) {
				this.clock.advance(Duration.ofHours(day % 7 * 2));
				this.noContact.pauseInsteadOfTexting(account, journey, 3 + day % 7,
						(day % 5 == 0) ? letter(day) : null);
				this.clock.advance(Duration.ofHours(-(day % 7 * 2)));
				if (day % 4 == 0) {
					this.noContact.addProgress(account, journey, goal, today, "Ran " + (10 - day / 3) + " km");
				}
			}
			if (day > 0) {
				this.clock.advance(Duration.ofDays(1));
			}
		}
		this.clock.set(MutableClockConfiguration.START);
		return new Full(user, journey, goal);
	}

	private void reflect(long account, long journey) {
		this.reflection.add(account, journey, new EntryContent(EntryKind.CAUSE, BreakupCause.COMMUNICATION,
				"We stopped telling each other the small things, and then the big things.", null));
		this.reflection.add(account, journey, new EntryContent(EntryKind.CAUSE, BreakupCause.OTHER, LONG_WORD, null));
		this.reflection.add(account, journey, new EntryContent(EntryKind.MISTAKE, null,
				"I went quiet when I was hurt instead of saying so.", "Say it the same day, kindly, even if it is awkward."));
		this.reflection.add(account, journey, new EntryContent(EntryKind.TRIGGER, null, "Sunday evenings alone",
				"Call my sister, or go for a walk before dark."));
		this.reflection.add(account, journey, new EntryContent(EntryKind.GROWTH, null, veryLong("What I am learning"),
				null));
		this.reflection.answerMotives(account, journey, EnumSet.of(Motive.BUILD_SOMETHING_BETTER), "I miss who we were.");
		this.reflection.answerSafetyScreen(account, journey,
				new SafetyAnswers(false, false, false, false, false, false, false, false));
	}

	private static String note(int day) {
		if (day == 0) {
			return veryLong("Today");
		}
		if (day == 1) {
			return "Saved the link again: " + LONG_LINK + " and then " + LONG_WORD;
		}
		return (day % 6 == 0) ? "A quiet day. Walked by the river and made soup." : null;
	}

	private static String letter(int day) {
		return (day == 0) ? veryLong("Dear Robin") : "Dear Robin,\n\nI thought of you at the bakery today.\n\nMe";
	}

	/** About 1,900 characters of paragraphs, the length a long evening's note reaches. */
	static String veryLong(String start) {
		StringBuilder text = new StringBuilder(start).append(". ");
		String sentence = "I noticed the urge, named it, and let it pass like weather; the evening was long but I stayed with it. ";
		while (text.length() < 1800) {
			text.append(sentence);
			if (text.length() % 3 == 0) {
				text.append("\n\n");
			}
		}
		return text.toString().trim();
	}

	/** A journey reaching out: a draft resting, one sent with a warm reply, and a call. */
	AccountUser reachingOut() {
		this.clock.set(MutableClockConfiguration.START.minus(Duration.ofDays(2)));
		AccountUser user = this.accounts.create(TestAccounts.uniqueEmail(), ZONE);
		long account = user.accountId();
		LocalDate today = this.accountClock.today(account);
		long id = this.journeys.start(account, new JourneySetup(LONG_NICKNAME, today.minusDays(70), today.minusDays(40), 30))
			.getId();
		this.testJourneys.putInStage(id, Stage.REACHING_OUT);
		Draft sent = this.outreach.write(account, id,
				new DraftContent(Channel.TEXT, "Hi, I saw the lake photos and smiled. Hope your week is kind.", LocalTime.of(18, 30)));
		this.clock.advance(Duration.ofHours(25));
		this.outreach.markSent(account, id, sent.getId());
		this.outreach.logReply(account, id, sent.getId(), ReplyKind.WARM, "They said it was good to hear from me.");
		this.outreach.logConversation(account, id, ConversationKind.CALL, this.accountClock.today(account), 4,
				"Twenty minutes, easy and light. " + LONG_WORD);
		this.clock.set(MutableClockConfiguration.START);
		this.outreach.write(account, id, new DraftContent(Channel.IN_PERSON,
				"Would you like a coffee next week? No pressure at all.", LocalTime.of(12, 0)));
		return user;
	}

	/** A journey rebuilding trust, with every part partly done. */
	AccountUser rebuildingTrust() {
		this.clock.set(MutableClockConfiguration.START);
		AccountUser user = this.accounts.create(TestAccounts.uniqueEmail(), ZONE);
		long account = user.accountId();
		LocalDate today = this.accountClock.today(account);
		long id = this.journeys.start(account, new JourneySetup("Sam", today.minusDays(90), today.minusDays(50), 30))
			.getId();
		long mistake = this.reflection.add(account, id, new EntryContent(EntryKind.MISTAKE, null,
				"I cancelled plans at the last minute, often.", "Keep the plans I make.")).getId();
		long trigger = this.reflection.add(account, id, new EntryContent(EntryKind.TRIGGER, null, "Busy weeks at work",
				"Say early when a week is too full.")).getId();
		this.testJourneys.putInStage(id, Stage.REBUILDING_TRUST);
		this.trust.saveApology(account, id, new ApologyContent("I cancelled on you again and again.",
				"It told you that you came last. That was mine to fix.", "I will keep what I plan, or say early.",
				"You will see it in the next months.", Set.of(mistake), today.minusDays(10)));
		this.commitments.add(account, id, "Call when I will be late", today.plusDays(7), CommitmentState.PENDING);
		this.commitments.add(account, id, "Plan one evening a week, and keep it", today.minusDays(3), CommitmentState.KEPT);
		this.commitments.add(account, id, LONG_LINK, today.minusDays(5), CommitmentState.BROKEN);
		this.boundaries.add(account, id, new BoundaryContent("No phones at dinner", Whose.SHARED, true));
		this.boundaries.add(account, id, new BoundaryContent(veryLong("Time alone on Saturdays").substring(0, 480),
				Whose.MINE, false));
		this.activities.add(account, id, new ActivityContent(today.minusDays(2), "Cooked dinner together",
				ActivityKind.NEW, 5, true, trigger, "Easy and warm."));
		return user;
	}

	/**
	 * A journey whose trial began a few days more than a checkpoint ago, on terms they agreed, with the
	 * first checkpoint reviewed: a "not yet" with what is missing, and no red flag.
	 */
	AccountUser trialPeriod(int checkpointDay) {
		this.clock.set(MutableClockConfiguration.START.minus(Duration.ofDays(checkpointDay + 3)));
		AccountUser user = this.accounts.create(TestAccounts.uniqueEmail(), ZONE);
		long account = user.accountId();
		LocalDate began = this.accountClock.today(account);
		long id = this.journeys.start(account, new JourneySetup("Alex", began.minusDays(150), began.minusDays(120), 30))
			.getId();
		this.testJourneys.putInStage(id, Stage.TRIAL_PERIOD);
		this.trial.agree(account, id, new TrialTerms(began, 12,
				"We talk about money every Sunday, before it turns into a fight. We each keep one evening a week for our own friends."));
		this.clock.set(MutableClockConfiguration.START);
		this.trial.review(account, id, checkpointDay,
				new CheckpointReview(true, true, false, true, "Good weeks. We argued once and talked it through.", null,
						null, "We are both tired in the evenings, and time together has turned into time on our phones.",
						null, Set.of()));
		return user;
	}

	/** A trial whose step began a checkpoint and a few days ago, with nothing agreed written down. */
	AccountUser trialWithoutTerms(int checkpointDay) {
		this.clock.set(MutableClockConfiguration.START.minus(Duration.ofDays(checkpointDay + 3)));
		AccountUser user = this.accounts.create(TestAccounts.uniqueEmail(), ZONE);
		long account = user.accountId();
		LocalDate began = this.accountClock.today(account);
		long id = this.journeys.start(account, new JourneySetup("Kit", began.minusDays(160), began.minusDays(130), 30))
			.getId();
		this.testJourneys.putInStage(id, Stage.TRIAL_PERIOD);
		this.clock.set(MutableClockConfiguration.START);
		return user;
	}

	/** A journey the person chose to end, with a closing note. */
	/** A journey whose replies pause or close reaching out, and the sent message whose page shows what follows. */
	record Replied(String state, AccountUser user, long journeyId, long draftId) {
	}

	/** "Not ready yet" logged a day ago: reaching out rests for the configured days. */
	Replied notReady() {
		this.clock.set(MutableClockConfiguration.START.minus(Duration.ofDays(3)));
		AccountUser user = this.accounts.create(TestAccounts.uniqueEmail(), ZONE);
		long id = reachingOut(user, "Robin");
		Draft sent = sendAfterRest(user, id, "Hi, I hope the move went well. No need to answer.");
		this.clock.set(MutableClockConfiguration.START.minus(Duration.ofDays(1)));
		this.outreach.logReply(user.accountId(), id, sent.getId(), ReplyKind.NOT_READY, "They said they need more time.");
		this.clock.set(MutableClockConfiguration.START);
		return new Replied("not-ready", user, id, sent.getId());
	}

	/** A cold reply, then a message with no answer yet: the wait, and the suggestion to step back or move on. */
	Replied coldThenSilence() {
		this.clock.set(MutableClockConfiguration.START.minus(Duration.ofDays(14)));
		AccountUser user = this.accounts.create(TestAccounts.uniqueEmail(), ZONE);
		long id = reachingOut(user, "Alex");
		Draft cold = sendAfterRest(user, id, "Hi, the bakery reopened and I thought of you.");
		this.clock.advance(Duration.ofDays(1));
		this.outreach.logReply(user.accountId(), id, cold.getId(), ReplyKind.COLD, "One word: ok.");
		this.clock.advance(Duration.ofDays(7));
		sendAfterRest(user, id, "I hope your exams went well.");
		this.clock.set(MutableClockConfiguration.START);
		return new Replied("cold-then-silence", user, id, cold.getId());
	}

	/** A plain "no": reaching out closed for good, the journey moved on. */
	Replied saidNo() {
		this.clock.set(MutableClockConfiguration.START.minus(Duration.ofDays(3)));
		AccountUser user = this.accounts.create(TestAccounts.uniqueEmail(), ZONE);
		long id = reachingOut(user, "Sam");
		Draft sent = sendAfterRest(user, id, "Hi, I would like to hear how you are, if you want to tell me.");
		this.outreach.logReply(user.accountId(), id, sent.getId(), ReplyKind.NO, "Kind, and clear.");
		this.clock.set(MutableClockConfiguration.START);
		return new Replied("said-no", user, id, sent.getId());
	}

	private long reachingOut(AccountUser user, String nickname) {
		LocalDate today = this.accountClock.today(user.accountId());
		long id = this.journeys.start(user.accountId(), new JourneySetup(nickname, today.minusDays(90), today.minusDays(60), 30))
			.getId();
		this.testJourneys.putInStage(id, Stage.REACHING_OUT);
		return id;
	}

	private Draft sendAfterRest(AccountUser user, long journeyId, String body) {
		Draft draft = this.outreach.write(user.accountId(), journeyId, new DraftContent(Channel.TEXT, body, LocalTime.of(18, 30)));
		this.clock.advance(Duration.ofHours(25));
		this.outreach.markSent(user.accountId(), journeyId, draft.getId());
		return draft;
	}

	AccountUser movedOn() {
		this.clock.set(MutableClockConfiguration.START);
		AccountUser user = this.accounts.create(TestAccounts.uniqueEmail(), ZONE);
		long account = user.accountId();
		LocalDate today = this.accountClock.today(account);
		long id = this.journeys.start(account, new JourneySetup("Jamie", today.minusDays(60), today.minusDays(30), 30))
			.getId();
		this.testJourneys.putInStage(id, Stage.NO_CONTACT);
		this.journeys.moveOn(account, id, "I want a love that is easy to be in. This is a good ending.");
		return user;
	}

	/**
	 * A journey in reflection with every part written. When {@code pointingAway}, "Can it be fixed?"
	 * is answered with something unforgivable and nothing that would need to change, and the motives
	 * check with loneliness alone, so each gentle word shows; otherwise it is left unanswered.
	 */
	AccountUser reflecting(boolean pointingAway) {
		this.clock.set(MutableClockConfiguration.START);
		AccountUser user = this.accounts.create(TestAccounts.uniqueEmail(), ZONE);
		long account = user.accountId();
		LocalDate today = this.accountClock.today(account);
		long id = this.journeys.start(account, new JourneySetup("Kit", today.minusDays(20), today.minusDays(6), 30))
			.getId();
		reflect(account, id);
		if (pointingAway) {
			this.reflection.answerMotives(account, id, EnumSet.of(Motive.LONELY, Motive.NOSTALGIC), null);
			this.reflection.answerFixable(account, id, new FixableAnswers(FixableAnswers.Unforgivable.YES,
					"The lies about where the money went. I have tried, and I cannot get past them.",
					FixableAnswers.Changed.ONLY_ME, "I have changed a lot. I honestly don't know about them.",
					"They would have to be honest with me, and I can't make that happen.",
					FixableAnswers.WhoseHands.NOTHING, FixableAnswers.OthersView.DIFFERENT,
					"My friends were relieved when it ended. " + LONG_WORD));
		}
		return user;
	}

}
