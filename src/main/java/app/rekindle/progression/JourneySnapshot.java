package app.rekindle.progression;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * Every fact any gate needs about one journey, read at one moment. The rules see nothing else.
 * Facts of stages a journey has not reached, or that are not recorded yet, are empty.
 */
public record JourneySnapshot(JourneyFacts journey, ReflectionFacts reflection, NoContactFacts noContact,
		OutreachFacts outreach, TrustFacts trust, TrialFacts trial, Set<SafetyConcern> safetyConcerns,
		CarriedLockFacts carriedLock) {

	public JourneySnapshot {
		safetyConcerns = Set.copyOf(safetyConcerns);
	}

	/** A snapshot without a lock carried over from an earlier journey. */
	public JourneySnapshot(JourneyFacts journey, ReflectionFacts reflection, NoContactFacts noContact,
			OutreachFacts outreach, TrustFacts trust, TrialFacts trial, Set<SafetyConcern> safetyConcerns) {
		this(journey, reflection, noContact, outreach, trust, trial, safetyConcerns, CarriedLockFacts.NONE);
	}

	/** A journey with its setup facts and nothing recorded yet. */
	public static JourneySnapshot of(JourneyFacts journey) {
		return new JourneySnapshot(journey, ReflectionFacts.NONE, NoContactFacts.NONE, OutreachFacts.NONE,
				TrustFacts.NONE, TrialFacts.NONE, Set.of(), CarriedLockFacts.NONE);
	}

	public JourneySnapshot with(ReflectionFacts reflection) {
		return new JourneySnapshot(this.journey, reflection, this.noContact, this.outreach, this.trust, this.trial,
				this.safetyConcerns, this.carriedLock);
	}

	public JourneySnapshot with(NoContactFacts noContact) {
		return new JourneySnapshot(this.journey, this.reflection, noContact, this.outreach, this.trust, this.trial,
				this.safetyConcerns, this.carriedLock);
	}

	public JourneySnapshot with(OutreachFacts outreach) {
		return new JourneySnapshot(this.journey, this.reflection, this.noContact, outreach, this.trust, this.trial,
				this.safetyConcerns, this.carriedLock);
	}

	public JourneySnapshot with(TrustFacts trust) {
		return new JourneySnapshot(this.journey, this.reflection, this.noContact, this.outreach, trust, this.trial,
				this.safetyConcerns, this.carriedLock);
	}

	public JourneySnapshot with(TrialFacts trial) {
		return new JourneySnapshot(this.journey, this.reflection, this.noContact, this.outreach, this.trust, trial,
				this.safetyConcerns, this.carriedLock);
	}

	public JourneySnapshot with(Set<SafetyConcern> safetyConcerns) {
		return new JourneySnapshot(this.journey, this.reflection, this.noContact, this.outreach, this.trust,
				this.trial, safetyConcerns, this.carriedLock);
	}

	public JourneySnapshot with(CarriedLockFacts carriedLock) {
		return new JourneySnapshot(this.journey, this.reflection, this.noContact, this.outreach, this.trust,
				this.trial, this.safetyConcerns, carriedLock);
	}

	/**
	 * The journey itself. {@code stageEnteredAt} is when it entered its current stage;
	 * {@code noContactRestartedOn} is the latest day it went back to no contact, if it did;
	 * {@code noContactLeftOn} is the day it last left no contact (onwards, or by ending), or null
	 * while it is in no contact, has not reached it, or went back to it since.
	 */
	public record JourneyFacts(Stage stage, ZoneId zone, Instant startedAt, Instant stageEnteredAt,
			LocalDate breakupDate, LocalDate lastContactDate, int noContactDays, LocalDate noContactRestartedOn,
			LocalDate noContactLeftOn) {

		/** A journey that has not left no contact. */
		public JourneyFacts(Stage stage, ZoneId zone, Instant startedAt, Instant stageEnteredAt, LocalDate breakupDate,
				LocalDate lastContactDate, int noContactDays, LocalDate noContactRestartedOn) {
			this(stage, zone, startedAt, stageEnteredAt, breakupDate, lastContactDate, noContactDays,
					noContactRestartedOn, null);
		}

		public LocalDate startedOn() {
			return this.startedAt.atZone(this.zone).toLocalDate();
		}

		public LocalDate stageEnteredOn() {
			return this.stageEnteredAt.atZone(this.zone).toLocalDate();
		}

	}

	/**
	 * A lock carried over from an earlier journey with the same person: whether there is one, and
	 * what closed reaching out on that journey (its recorded concerns and the replies logged on it).
	 */
	public record CarriedLockFacts(boolean carried, Set<SafetyConcern> concerns, List<Reply> replies) {

		public static final CarriedLockFacts NONE = new CarriedLockFacts(false, Set.of(), List.of());

		public CarriedLockFacts {
			concerns = Set.copyOf(concerns);
			replies = List.copyOf(replies);
		}

	}

	/** Stage 1: counts of what the person has written, and whether the two checks are answered. */
	public record ReflectionFacts(int causes, int mistakesWithPlan, int triggers, boolean motivesAnswered,
			boolean safetyScreenAnswered) {

		public static final ReflectionFacts NONE = new ReflectionFacts(0, 0, 0, false, false);

	}

	/** Stage 2: the journey's check-ins (date, urge 0–10, contact that day) and growth goals. */
	public record NoContactFacts(List<CheckIn> checkIns, int goalsWithProgress) {

		public static final NoContactFacts NONE = new NoContactFacts(List.of(), 0);

		public NoContactFacts {
			checkIns = List.copyOf(checkIns);
		}

		public record CheckIn(LocalDate date, int urge, Contact contact) {
		}

	}

	/** Stage 3: messages marked sent with the reply each got, and the ratings of conversations. */
	public record OutreachFacts(List<SentMessage> sentMessages, List<Integer> conversationRatings) {

		public static final OutreachFacts NONE = new OutreachFacts(List.of(), List.of());

		public OutreachFacts {
			sentMessages = List.copyOf(sentMessages);
			conversationRatings = List.copyOf(conversationRatings);
		}

		/**
		 * A message marked sent, and its reply; {@code repliedAt} is when that reply was logged
		 * (null while there is none, and for replies logged before it was recorded).
		 */
		public record SentMessage(Instant sentAt, Reply reply, Instant repliedAt) {

			/** A message whose reply has no time of its own on record. */
			public SentMessage(Instant sentAt, Reply reply) {
				this(sentAt, reply, null);
			}

			/** When the reply was logged, or, without that, when the message was sent. */
			public Instant repliedOrSentAt() {
				return (this.repliedAt != null) ? this.repliedAt : this.sentAt;
			}

		}

	}

	/**
	 * Stage 4: the apology, the commitments made and how many of them are kept (a pending or broken
	 * one is not), boundaries agreed by both, and shared activities' ratings.
	 */
	public record TrustFacts(LocalDate apologyDeliveredOn, int commitmentsMade, int commitmentsKept,
			int boundariesAgreedByBoth, List<Integer> activityRatings) {

		public static final TrustFacts NONE = new TrustFacts(null, 0, 0, 0, List.of());

		public TrustFacts {
			activityRatings = List.copyOf(activityRatings);
		}

	}

	/** Stage 5: when the trial began and which checkpoints (in days) have been reviewed. */
	public record TrialFacts(LocalDate startedOn, Set<Integer> checkpointsReviewed) {

		public static final TrialFacts NONE = new TrialFacts(null, Set.of());

		public TrialFacts {
			checkpointsReviewed = Set.copyOf(checkpointsReviewed);
		}

	}

}
