package app.rekindle.progression;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

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
		OutreachPacing pacing = ReachingOutGate.pacing(snapshot, this.rules.outreach());
		List<Requirement> requirements = switch (stage) {
			case REFLECTION -> ReflectionGate.requirements(snapshot, this.rules.reflection());
			case NO_CONTACT -> NoContactGate.requirements(snapshot, noContact, today, this.rules.noContact());
			case REACHING_OUT -> ReachingOutGate.requirements(snapshot, this.rules.outreach());
			case REBUILDING_TRUST -> TrustGate.requirements(snapshot, today, this.rules.trust());
			case TRIAL_PERIOD -> TrialGate.requirements(snapshot, today, this.rules.trial());
			case MOVING_ON -> List.of();
		};
		Optional<SafetyLock> lock = safetyLock(snapshot);
		return new GateEvaluation(stage, stage.next(), requirements, lock, noContact, pacing,
				notes(snapshot, stage, lock, pacing, today));
	}

	/** The locks on record, plus the ones a reply sets: "asked for no contact" and "blocked". */
	static Optional<SafetyLock> safetyLock(JourneySnapshot snapshot) {
		Set<SafetyConcern> concerns = EnumSet.noneOf(SafetyConcern.class);
		concerns.addAll(snapshot.safetyConcerns());
		for (SentMessage message : snapshot.outreach().sentMessages()) {
			if (message.reply() == ReplyKind.ASKED_FOR_NO_CONTACT) {
				concerns.add(SafetyConcern.EX_ASKED_FOR_NO_CONTACT);
			}
			if (message.reply() == ReplyKind.BLOCKED) {
				concerns.add(SafetyConcern.EX_BLOCKED);
			}
		}
		return concerns.isEmpty() ? Optional.empty() : Optional.of(SafetyLock.of(concerns));
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
		if (stage == Stage.REACHING_OUT && pacing.suggestPause()) {
			notes.add(Text.of("gate.note.pause", pacing.unansweredInARow()));
		}
		return notes;
	}

}
