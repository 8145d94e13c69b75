package app.rekindle.outreach;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.rekindle.journey.Journey;
import app.rekindle.journey.JourneyService;
import app.rekindle.journey.StageAccess;
import app.rekindle.progression.GateEvaluation;
import app.rekindle.progression.Progression;
import app.rekindle.progression.RulesProperties;
import app.rekindle.progression.SafetyConcern;
import app.rekindle.progression.SendDecision;
import app.rekindle.progression.Stage;
import app.rekindle.system.NotFoundException;

/**
 * Stage 3. Nothing here sends anything: the person sends a message themselves and then marks it
 * sent, which the rules allow only after a day of rest and within the pacing. A "no" from the ex
 * closes reaching out at once.
 */
@Service
public class OutreachService {

	/** Drafts, replies and conversations can be changed while the journey is reaching out. */
	public static final StageAccess CHANGES = StageAccess.inStage(Stage.REACHING_OUT);

	private final JourneyService journeys;

	private final Progression progression;

	private final RulesProperties rules;

	private final DraftRepository drafts;

	private final ConversationRepository conversations;

	private final Clock clock;

	OutreachService(JourneyService journeys, Progression progression, RulesProperties rules, DraftRepository drafts,
			ConversationRepository conversations, Clock clock) {
		this.journeys = journeys;
		this.progression = progression;
		this.rules = rules;
		this.drafts = drafts;
		this.conversations = conversations;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Draft> drafts(long accountId, long journeyId) {
		this.journeys.owned(accountId, journeyId);
		return this.drafts.findByJourneyIdOrderByCreatedAtDescIdDesc(journeyId);
	}

	/** Every draft of every journey of the account, oldest first within each journey. */
	@Transactional(readOnly = true)
	public List<Draft> draftsOfAccount(long accountId) {
		return this.drafts.findAllOfAccount(accountId);
	}

	/** Every conversation of every journey of the account, earliest first within each journey. */
	@Transactional(readOnly = true)
	public List<Conversation> conversationsOfAccount(long accountId) {
		return this.conversations.findAllOfAccount(accountId);
	}

	@Transactional(readOnly = true)
	public Draft draft(long accountId, long journeyId, long draftId) {
		this.journeys.owned(accountId, journeyId);
		return this.drafts.findByIdAndJourneyId(draftId, journeyId)
			.orElseThrow(() -> new NotFoundException("draft", draftId));
	}

	@Transactional
	public Draft write(long accountId, long journeyId, DraftContent content) {
		offered(content);
		this.journeys.open(accountId, journeyId, CHANGES);
		return this.drafts.save(new Draft(journeyId, content, this.clock.instant()));
	}

	@Transactional
	public void change(long accountId, long journeyId, long draftId, DraftContent content) {
		offered(content);
		Draft draft = draft(accountId, journeyId, draftId);
		this.journeys.open(accountId, journeyId, CHANGES);
		if (draft.isSent()) {
			throw new DraftAlreadySentException(journeyId, draftId);
		}
		draft.change(content, this.clock.instant());
	}

	@Transactional
	public void delete(long accountId, long journeyId, long draftId) {
		Draft draft = draft(accountId, journeyId, draftId);
		this.journeys.open(accountId, journeyId, CHANGES);
		if (draft.isSent()) {
			throw new DraftAlreadySentException(journeyId, draftId);
		}
		this.drafts.delete(draft);
	}

	/** Whether the draft may be marked sent now, and if not, why and until when. */
	@Transactional(readOnly = true)
	public SendDecision sendDecision(long accountId, long journeyId, Draft draft) {
		return sendDecision(draft, gate(accountId, journeyId));
	}

	/** Whether the draft may be marked sent now, under the journey's gate as it stands. */
	public SendDecision sendDecision(Draft draft, GateEvaluation gate) {
		return SendDecision.decide(draft.getRestedSince(), this.clock.instant(), gate, this.rules.outreach());
	}

	/** The journey's gate now: its pacing, and whether reaching out is closed. */
	@Transactional(readOnly = true)
	public GateEvaluation gate(long accountId, long journeyId) {
		this.journeys.owned(accountId, journeyId);
		return this.progression.evaluate(journeyId);
	}

	@Transactional
	public void markSent(long accountId, long journeyId, long draftId) {
		Draft draft = draft(accountId, journeyId, draftId);
		if (draft.isSent()) {
			return;
		}
		SendDecision decision = sendDecision(accountId, journeyId, draft);
		if (!decision.isAllowed()) {
			throw new SendRefusedException(decision);
		}
		draft.markSent(this.clock.instant());
	}

	/**
	 * Logs how they answered. "Asked for no contact", "blocked" and a plain "no" are recorded as
	 * safety locks at once: the journey ends, and a later change of the reply does not reopen
	 * anything. "Not ready yet" pauses reaching out (the rules read it from the reply).
	 * @return whether the journey is locked now
	 */
	@Transactional
	public boolean logReply(long accountId, long journeyId, long draftId, ReplyKind reply, String note) {
		Draft draft = draft(accountId, journeyId, draftId);
		this.journeys.open(accountId, journeyId, CHANGES);
		if (!draft.isSent()) {
			throw new IllegalArgumentException("Draft " + draftId + " has not been sent");
		}
		draft.logReply(reply, note, this.clock.instant());
		this.drafts.flush();
		Set<SafetyConcern> concerns = EnumSet.noneOf(SafetyConcern.class);
		if (reply == ReplyKind.ASKED_FOR_NO_CONTACT) {
			concerns.add(SafetyConcern.EX_ASKED_FOR_NO_CONTACT);
		}
		if (reply == ReplyKind.BLOCKED) {
			concerns.add(SafetyConcern.EX_BLOCKED);
		}
		if (reply == ReplyKind.NO) {
			concerns.add(SafetyConcern.EX_SAID_NO);
		}
		return this.journeys.recordSafetyConcerns(accountId, journeyId, concerns);
	}

	@Transactional(readOnly = true)
	public List<Conversation> conversations(long accountId, long journeyId) {
		this.journeys.owned(accountId, journeyId);
		return this.conversations.findByJourneyIdOrderByHeldOnDescIdDesc(journeyId);
	}

	@Transactional
	public Conversation logConversation(long accountId, long journeyId, ConversationKind kind, LocalDate heldOn,
			int rating, String note) {
		this.journeys.open(accountId, journeyId, CHANGES);
		return this.conversations.save(new Conversation(journeyId, kind, heldOn, rating, note, this.clock.instant()));
	}

	/** Keeps how the person looked back on the conversation, in place of any earlier look back. */
	@Transactional
	public void reviewConversation(long accountId, long journeyId, long conversationId, ConversationReview review) {
		Conversation conversation = conversation(accountId, journeyId, conversationId);
		this.journeys.open(accountId, journeyId, CHANGES);
		conversation.review(review, this.clock.instant());
	}

	@Transactional(readOnly = true)
	public Conversation conversation(long accountId, long journeyId, long conversationId) {
		this.journeys.owned(accountId, journeyId);
		return this.conversations.findByIdAndJourneyId(conversationId, journeyId)
			.orElseThrow(() -> new NotFoundException("conversation", conversationId));
	}

	@Transactional
	public void deleteConversation(long accountId, long journeyId, long conversationId) {
		Conversation conversation = conversation(accountId, journeyId, conversationId);
		this.journeys.open(accountId, journeyId, CHANGES);
		this.conversations.delete(conversation);
	}

	/**
	 * The first words to show for the journey: every situation while it is reaching out; while it
	 * keeps no contact, those for when they write first and for practical things; none once a lock
	 * has closed reaching out, or before no contact, or after the journey ended.
	 */
	@Transactional(readOnly = true)
	public List<FirstWords> firstWords(long accountId, long journeyId) {
		Journey journey = this.journeys.owned(accountId, journeyId);
		if (CHANGES.allows(journey)) {
			return List.of(FirstWords.values());
		}
		if (journey.isActive() && journey.getStage() == Stage.NO_CONTACT
				&& !this.progression.evaluate(journeyId).isLocked()) {
			return FirstWords.inNoContact();
		}
		return List.of();
	}

	/** A draft is written or changed only for a way of reaching out that is still offered. */
	private static void offered(DraftContent content) {
		if (!content.channel().isOffered()) {
			throw new IllegalArgumentException("Channel " + content.channel() + " is no longer offered");
		}
	}

}
