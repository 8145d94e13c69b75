package app.rekindle.progression;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import app.rekindle.progression.JourneySnapshot.CarriedLockFacts;
import app.rekindle.progression.JourneySnapshot.OutreachFacts.SentMessage;

/**
 * The rules service: for a journey's snapshot at an instant, the gate of its current stage with
 * every requirement explained, any safety lock, the no-contact timer and the outreach pacing.
 * Pure: it reads nothing but its arguments and the configured thresholds, and nothing else in
 * the application decides whether a journey may advance.
 */
@Component
public class GateRules {

	private final RulesProperties rules;

	public GateRules(RulesProperties rules) {
		this.rules = rules;
	}

	public GateEvaluation evaluate(JourneySnapshot snapshot, Instant at) {
		Stage stage = snapshot.journey().stage();
		LocalDate today = at.atZone(snapshot.journey().zone()).toLocalDate();
		NoContactCount noContact = NoContactCounter.count(snapshot, today);
		OutreachPacing pacing = ReachingOutGate.pacing(snapshot, this.rules.outreach(), at);
		Optional<SafetyLock> lock = safetyLock(snapshot);
		List<Requirement> requirements = nextClosedByCarriedLock(stage, lock) ? List.of() : switch (stage) {
			case REFLECTION -> ReflectionGate.requirements(snapshot, this.rules.reflection());
			case NO_CONTACT -> NoContactGate.requirements(snapshot, noContact, today, this.rules.noContact());
			case REACHING_OUT -> ReachingOutGate.requirements(snapshot, this.rules.outreach());
			case REBUILDING_TRUST -> TrustGate.requirements(snapshot, today, this.rules.trust());
			case TRIAL_PERIOD -> TrialGate.requirements(snapshot, today, this.rules.trial());
			case MOVING_ON -> List.of();
		};
		return new GateEvaluation(stage, stage.next(), requirements, lock, noContact, pacing,
				notes(snapshot, stage, lock, pacing, today));
	}

	/**
	 * The journey's own locks on record, plus the ones a reply sets: "asked for no contact",
	 * "blocked" and a plain "no". Without any, a lock carried over from an earlier journey with the same person,
	 * with the reasons that journey closed for, found the same way.
	 */
	static Optional<SafetyLock> safetyLock(JourneySnapshot snapshot) {
		Set<SafetyConcern> own = concerns(snapshot.safetyConcerns(),
				snapshot.outreach().sentMessages().stream().map(SentMessage::reply).toList());
		if (!own.isEmpty()) {
			return Optional.of(SafetyLock.of(own, false));
		}
		CarriedLockFacts carried = snapshot.carriedLock();
		if (carried.carried()) {
			return Optional.of(SafetyLock.of(concerns(carried.concerns(), carried.replies()), true));
		}
		return Optional.empty();
	}

	private static Set<SafetyConcern> concerns(Set<SafetyConcern> recorded, List<Reply> replies) {
		Set<SafetyConcern> concerns = EnumSet.noneOf(SafetyConcern.class);
		concerns.addAll(recorded);
		for (Reply reply : replies) {
			if (reply == Reply.ASKED_FOR_NO_CONTACT) {
				concerns.add(SafetyConcern.EX_ASKED_FOR_NO_CONTACT);
			}
			if (reply == Reply.BLOCKED) {
				concerns.add(SafetyConcern.EX_BLOCKED);
			}
			if (reply == Reply.NO) {
				concerns.add(SafetyConcern.EX_SAID_NO);
			}
		}
		return concerns;
	}

	/**
	 * A carried-over lock leaves the journey open up to no contact; the gate of the stage before
	 * reaching out then asks nothing, since the way on is closed whatever is done.
	 */
	private static boolean nextClosedByCarriedLock(Stage stage, Optional<SafetyLock> lock) {
		return lock.filter(SafetyLock::carriedOver)
			.filter((carried) -> stage.next().filter(carried::closes).isPresent())
			.isPresent();
	}

	private static List<Text> notes(JourneySnapshot snapshot, Stage stage, Optional<SafetyLock> lock,
			OutreachPacing pacing, LocalDate today) {
		List<Text> notes = new ArrayList<>();
		if (lock.isPresent() || stage == Stage.MOVING_ON) {
			return notes;
		}
		if (stage == Stage.NO_CONTACT && NoContactGate.theyReachedOutFirst(snapshot.noContact().checkIns(), today)) {
			notes.add(Text.of("gate.note.theyReachedOut"));
		}
		if (stage == Stage.REACHING_OUT && pacing.isPausedNotReady()) {
			notes.add(Text.of("gate.note.notReady",
					pacing.nextSendAllowedAt().orElseThrow().atZone(snapshot.journey().zone()).toLocalDate()));
		}
		if (stage == Stage.REACHING_OUT && pacing.suggestPause()) {
			notes.add(pacing.anyColdInARow() ? Text.of("gate.note.pauseAfterCold", pacing.coldOrUnansweredInARow())
					: Text.of("gate.note.pause", pacing.unansweredInARow()));
		}
		return notes;
	}

}
