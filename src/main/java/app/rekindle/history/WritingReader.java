package app.rekindle.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import app.rekindle.checkin.CheckIn;
import app.rekindle.checkin.CheckInService;
import app.rekindle.history.SearchHit.Source;
import app.rekindle.journey.Journey;
import app.rekindle.journey.JourneyService;
import app.rekindle.journey.StageChange;
import app.rekindle.nocontact.GoalProgress;
import app.rekindle.nocontact.GrowthGoal;
import app.rekindle.nocontact.NoContactService;
import app.rekindle.nocontact.UnsentLetter;
import app.rekindle.outreach.Conversation;
import app.rekindle.outreach.Draft;
import app.rekindle.outreach.OutreachService;
import app.rekindle.reflection.FixableAnswers;
import app.rekindle.reflection.FixableCheck;
import app.rekindle.reflection.MotivesCheck;
import app.rekindle.reflection.ReflectionEntry;
import app.rekindle.reflection.ReflectionService;
import app.rekindle.trial.Checkpoint;
import app.rekindle.trial.CheckpointReview;
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
 * Reads everything an account wrote through the other modules' public read methods, one query
 * per kind for the whole account (the same reads the export makes), and turns each text into a
 * {@link Written} with its day and its page. The caller runs it inside one read-only transaction.
 */
@Component
class WritingReader {

	private final CheckInService checkIns;

	private final NoContactService noContact;

	private final ReflectionService reflection;

	private final OutreachService outreach;

	private final TrustService trust;

	private final CommitmentService commitments;

	private final BoundaryService boundaries;

	private final SharedActivityService activities;

	private final TrialService trial;

	private final JourneyService journeys;

	WritingReader(CheckInService checkIns, NoContactService noContact, ReflectionService reflection,
			OutreachService outreach, TrustService trust, CommitmentService commitments, BoundaryService boundaries,
			SharedActivityService activities, TrialService trial, JourneyService journeys) {
		this.checkIns = checkIns;
		this.noContact = noContact;
		this.reflection = reflection;
		this.outreach = outreach;
		this.trust = trust;
		this.commitments = commitments;
		this.boundaries = boundaries;
		this.activities = activities;
		this.trial = trial;
		this.journeys = journeys;
	}

	/** Everything: check-ins and letters (the kinds that grow every day) and all the rest. */
	List<Written> all(long accountId, ZoneId zone) {
		Texts out = new Texts(zone);
		for (CheckIn checkIn : this.checkIns.all(accountId)) {
			String day = "/history/" + checkIn.getDay();
			out.add(checkIn.getDay(), Source.CHECK_IN_NOTE, day, checkIn.getNote());
			out.add(checkIn.getDay(), Source.CHECK_IN_SELF_CARE, day, checkIn.getOtherSelfCare());
		}
		for (UnsentLetter letter : this.noContact.letters(accountId)) {
			out.add(letter.getWrittenAt(), Source.UNSENT_LETTER, "/letters/" + letter.getId(), letter.getBody());
		}
		readTheRest(accountId, out);
		return out.list();
	}

	/**
	 * Everything but check-ins and letters: the kinds a person writes now and then, a few dozen
	 * over a journey, which the day view reads whole and filters in memory.
	 */
	List<Written> allButCheckInsAndLetters(long accountId, ZoneId zone) {
		Texts out = new Texts(zone);
		readTheRest(accountId, out);
		return out.list();
	}

	private void readTheRest(long accountId, Texts out) {
		for (ReflectionEntry entry : this.reflection.entriesOfAccount(accountId)) {
			String link = journey(entry.getJourneyId()) + "/reflection/" + entry.getKind().slug();
			switch (entry.getKind()) {
				case CAUSE -> out.add(entry.getCreatedAt(), Source.CAUSE, link, entry.getBody());
				case MISTAKE -> {
					out.add(entry.getCreatedAt(), Source.MISTAKE, link, entry.getBody());
					out.add(entry.getCreatedAt(), Source.MISTAKE_PLAN, link, entry.getPlan());
				}
				case TRIGGER -> {
					out.add(entry.getCreatedAt(), Source.TRIGGER, link, entry.getBody());
					out.add(entry.getCreatedAt(), Source.TRIGGER_PLAN, link, entry.getPlan());
				}
				case GROWTH -> out.add(entry.getCreatedAt(), Source.GROWTH, link, entry.getBody());
			}
		}
		for (MotivesCheck check : this.reflection.motivesChecksOfAccount(accountId)) {
			out.add(check.getAnsweredAt(), Source.MOTIVES_NOTE, journey(check.getJourneyId()) + "/reflection/motives",
					check.getNote());
		}
		for (FixableCheck check : this.reflection.fixableChecksOfAccount(accountId)) {
			String link = journey(check.getJourneyId()) + "/reflection/can-it-be-fixed";
			FixableAnswers answers = check.answers();
			out.add(check.getAnsweredAt(), Source.FIXABLE_UNFORGIVABLE, link, answers.unforgivableNote());
			out.add(check.getAnsweredAt(), Source.FIXABLE_CHANGED, link, answers.changedNote());
			out.add(check.getAnsweredAt(), Source.FIXABLE_MUST_BE_DIFFERENT, link, answers.mustBeDifferent());
			out.add(check.getAnsweredAt(), Source.FIXABLE_OTHERS, link, answers.othersNote());
		}
		for (GrowthGoal goal : this.noContact.goalsOfAccount(accountId)) {
			String link = journey(goal.getJourneyId()) + "/goals/" + goal.getId();
			out.add(goal.getCreatedAt(), Source.GOAL, link, goal.getTitle());
			out.add(goal.getCreatedAt(), Source.GOAL_WHY, link, goal.getWhy());
			for (GoalProgress step : goal.getProgress()) {
				out.add(step.getDay(), Source.GOAL_STEP, link, step.getWhat());
			}
		}
		for (Draft draft : this.outreach.draftsOfAccount(accountId)) {
			String link = journey(draft.getJourneyId()) + "/outreach/drafts/" + draft.getId();
			out.add(draft.getCreatedAt(), Source.DRAFT, link, draft.getBody());
			out.add((draft.getSentAt() != null) ? draft.getSentAt() : draft.getCreatedAt(), Source.REPLY_NOTE, link,
					draft.getReplyNote());
		}
		for (Conversation conversation : this.outreach.conversationsOfAccount(accountId)) {
			String link = journey(conversation.getJourneyId()) + "/outreach/conversations/" + conversation.getId();
			out.add(conversation.getHeldOn(), Source.CONVERSATION_NOTE, link, conversation.getNote());
			if (conversation.isReviewed()) {
				out.add(conversation.getReviewedAt(), Source.CONVERSATION_REVIEW_NOTE, link,
						conversation.getReview().note());
			}
		}
		readTrust(accountId, out);
		for (TrialPeriod period : this.trial.periodsOfAccount(accountId)) {
			out.add(period.getStartedOn(), Source.TRIAL_TERMS, journey(period.getJourneyId()) + "/trial",
					period.terms().whatWillDiffer());
		}
		for (Checkpoint checkpoint : this.trial.checkpointsOfAccount(accountId)) {
			if (checkpoint.getReviewedOn() != null) {
				String link = journey(checkpoint.getJourneyId()) + "/trial/checkpoints/" + checkpoint.getDayMark();
				CheckpointReview review = checkpoint.review();
				out.add(checkpoint.getReviewedOn(), Source.CHECKPOINT_NOTE, link, review.note());
				for (String missing : Arrays.asList(review.changesMissing(), review.problemsMissing(),
						review.closenessMissing(), review.pastMissing())) {
					out.add(checkpoint.getReviewedOn(), Source.CHECKPOINT_MISSING, link, missing);
				}
			}
		}
		for (Journey journey : this.journeys.allOf(accountId)) {
			for (StageChange change : journey.getTimeline()) {
				out.add(change.getChangedAt(), Source.JOURNEY_NOTE, journey(journey.getId()), change.getNote());
			}
		}
	}

	private void readTrust(long accountId, Texts out) {
		for (Apology apology : this.trust.apologiesOfAccount(accountId)) {
			String link = journey(apology.getJourneyId()) + "/trust/apology";
			out.add(apology.getUpdatedAt(), Source.APOLOGY_WHAT_I_DID, link, apology.getWhatIDid());
			out.add(apology.getUpdatedAt(), Source.APOLOGY_THAT_IT_WAS_MINE, link, apology.getThatItWasMine());
			out.add(apology.getUpdatedAt(), Source.APOLOGY_WHAT_I_WILL_DO, link, apology.getWhatIWillDo());
			out.add(apology.getUpdatedAt(), Source.APOLOGY_HOW_YOU_WILL_SEE, link, apology.getHowYouWillSee());
		}
		for (Commitment commitment : this.commitments.commitmentsOfAccount(accountId)) {
			out.add(commitment.getCreatedAt(), Source.COMMITMENT, journey(commitment.getJourneyId()) + "/trust/commitments",
					commitment.getPromise());
		}
		for (Boundary boundary : this.boundaries.boundariesOfAccount(accountId)) {
			out.add(boundary.getCreatedAt(), Source.BOUNDARY, journey(boundary.getJourneyId()) + "/trust/boundaries",
					boundary.getDescription());
		}
		for (SharedActivity activity : this.activities.activitiesOfAccount(accountId)) {
			String link = journey(activity.getJourneyId()) + "/trust/activities";
			out.add(activity.getHappenedOn(), Source.ACTIVITY, link, activity.getWhat());
			out.add(activity.getHappenedOn(), Source.ACTIVITY_NOTE, link, activity.getNote());
		}
	}

	private static String journey(long journeyId) {
		return "/journeys/" + journeyId;
	}

	/** Collects the texts that are there; an empty optional field is no writing. */
	private static final class Texts {

		private final ZoneId zone;

		private final List<Written> written = new ArrayList<>();

		Texts(ZoneId zone) {
			this.zone = zone;
		}

		void add(Instant at, Source source, String link, String text) {
			add(at.atZone(this.zone).toLocalDate(), source, link, text);
		}

		void add(LocalDate day, Source source, String link, String text) {
			if (text != null && !text.isBlank()) {
				this.written.add(new Written(day, source, link, text));
			}
		}

		List<Written> list() {
			return List.copyOf(this.written);
		}

	}

}
