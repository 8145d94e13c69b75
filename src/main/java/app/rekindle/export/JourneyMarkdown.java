package app.rekindle.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import app.rekindle.export.JourneyExport.LockCarriedOverData;
import app.rekindle.export.JourneyExport.SafetyLockData;
import app.rekindle.export.JourneyExport.StageChangeData;
import app.rekindle.export.ReflectionExport.EntryData;
import app.rekindle.export.ReflectionExport.FixableData;
import app.rekindle.export.ReflectionExport.SafetyScreenData;

import static app.rekindle.export.MarkdownWriter.inline;

/**
 * One journey in the Markdown document: its facts, timeline and safety locks, reflection and no
 * contact here, reaching out, trust and the trial in {@link LaterStagesMarkdown}. A part with
 * nothing in it is left out.
 */
final class JourneyMarkdown {

	private final MarkdownWriter md;

	private final LaterStagesMarkdown laterStages;

	/** Every journey of the export, so a lock carried over can name the journey it came from. */
	private final List<JourneyExport> all;

	JourneyMarkdown(MarkdownWriter md, List<JourneyExport> all) {
		this.all = all;
		this.md = md;
		this.laterStages = new LaterStagesMarkdown(md);
	}

	void write(JourneyExport journey) {
		this.md.heading(2, "Journey with " + inline(journey.nickname()));
		this.md.bullet("Began: " + this.md.time(journey.startedAt()));
		this.md.bullet("The breakup: " + this.md.date(journey.breakupDate()));
		this.md.bullet("Last in touch before it began: " + this.md.date(journey.lastContactDate()));
		this.md.bullet("No contact you chose: " + journey.noContactDays() + " days");
		if (journey.active()) {
			this.md.bullet("Where it stands: " + this.md.label("stage.", journey.stage()));
		}
		else {
			String how = journey.timeline().get(journey.timeline().size() - 1).reason();
			this.md.bullet("Ended: " + this.md.time(journey.endedAt()) + ", " + this.md.label("timeline.reason.", how));
		}
		timeline(journey.timeline());
		safetyLocks(journey.safetyLocks());
		lockCarriedOver(journey.lockCarriedOver());
		Map<Long, String> entries = reflection(journey.reflection());
		noContact(journey.noContact());
		this.laterStages.write(journey, entries);
	}

	private void timeline(List<StageChangeData> timeline) {
		this.md.heading(3, "Timeline");
		for (StageChangeData change : timeline) {
			String stages = (change.fromStage() == null) ? ", in " + this.md.label("stage.", change.toStage())
					: change.fromStage().equals(change.toStage()) ? ""
							: ", from " + this.md.label("stage.", change.fromStage()) + " to "
									+ this.md.label("stage.", change.toStage());
			this.md.bullet(this.md.time(change.changedAt()) + ": "
					+ this.md.label("timeline.reason.", change.reason()) + stages);
		}
		for (StageChangeData change : timeline) {
			if (change.note() != null) {
				this.md.line("*What you wrote on " + this.md.time(change.changedAt()) + ":*").userText(change.note());
			}
		}
	}

	private void safetyLocks(List<SafetyLockData> locks) {
		if (locks.isEmpty()) {
			return;
		}
		this.md.heading(3, "Why reaching out closed");
		this.md.line("Reaching out closed for this journey, for your safety and out of respect for their choice:");
		for (SafetyLockData lock : locks) {
			this.md.bullet(this.md.label("safety.concern.", lock.concern()) + " (noted " + this.md.time(lock.recordedAt())
					+ ")");
		}
	}

	private void lockCarriedOver(LockCarriedOverData carried) {
		if (carried == null) {
			return;
		}
		JourneyExport from = (carried.fromJourney() != null) ? this.all.get(carried.fromJourney()) : null;
		this.md.heading(3, "Why reaching out stays closed");
		String earlier = (from != null) ? "your journey with " + inline(from.nickname()) + ", which ended on "
				+ ((from.endedAt() != null) ? this.md.time(from.endedAt()) : "earlier") : "an earlier journey";
		this.md.line("Reaching out closed in " + earlier + ", and this journey is with the same person ("
				+ (carried.how().equals("SAID_SAME_PERSON") ? "you said so when you began it" : "the same name")
				+ "), so it stays closed here as well.");
	}

	/** Writes the reflection and returns the text of its entries by id, for the parts that refer to them. */
	private Map<Long, String> reflection(ReflectionExport reflection) {
		List<EntryData> all = new ArrayList<>();
		List.of(reflection.causes(), reflection.mistakes(), reflection.triggers(), reflection.growth())
			.forEach(all::addAll);
		if (!all.isEmpty() || reflection.motivesCheck() != null || reflection.safetyScreen() != null
				|| reflection.canItBeFixed() != null) {
			this.md.heading(3, this.md.label("stage.REFLECTION"));
			entries("CAUSE", reflection.causes(), null);
			entries("MISTAKE", reflection.mistakes(), "What I will do differently");
			entries("TRIGGER", reflection.triggers(), "What helps when it comes");
			entries("GROWTH", reflection.growth(), null);
			motives(reflection.motivesCheck());
			safetyScreen(reflection.safetyScreen());
			canItBeFixed(reflection.canItBeFixed());
		}
		return all.stream().collect(Collectors.toMap(EntryData::id, EntryData::body));
	}

	private void entries(String kind, List<EntryData> entries, String planLabel) {
		if (entries.isEmpty()) {
			return;
		}
		this.md.heading(4, this.md.label("reflection.kind." + kind + ".title"));
		for (EntryData entry : entries) {
			String what = (entry.category() != null) ? this.md.label("reflection.cause.", entry.category())
					: this.md.label("reflection.kind." + kind + ".body");
			this.md.line("**" + what + "** · written " + this.md.time(entry.createdAt())).userText(entry.body());
			if (entry.plan() != null) {
				this.md.line("*" + planLabel + ":*").userText(entry.plan());
			}
		}
	}

	private void motives(ReflectionExport.MotivesData motives) {
		if (motives == null) {
			return;
		}
		this.md.heading(4, this.md.label("gate.reflection.motives.label"));
		motives.motives().forEach((motive) -> this.md.bullet(this.md.label("motive.", motive)));
		this.md.userText(motives.note()).line("*Answered " + this.md.time(motives.answeredAt()) + "*");
	}

	private void safetyScreen(SafetyScreenData screen) {
		if (screen == null) {
			return;
		}
		this.md.heading(4, this.md.label("gate.reflection.safety.label"));
		Map<String, Boolean> answers = new LinkedHashMap<>();
		answers.put("violence", screen.violence());
		answers.put("threats", screen.threats());
		answers.put("controlling", screen.controlling());
		answers.put("fear", screen.fear());
		answers.put("protectiveOrder", screen.protectiveOrder());
		answers.put("askedForNoContact", screen.askedForNoContact());
		answers.put("blocked", screen.blocked());
		answers.put("newRelationship", screen.newRelationship());
		answers.forEach((question, yes) -> this.md.bullet(this.md.label("safety.question." + question) + " — "
				+ (yes ? "**Yes**" : "No")));
		this.md.line("*Answered " + this.md.time(screen.answeredAt()) + "*");
	}

	/** Each question with the answer chosen, and the person's words beneath it. */
	private void canItBeFixed(FixableData fixable) {
		if (fixable == null) {
			return;
		}
		this.md.heading(4, this.md.label("fixable.title"));
		answer("unforgivable", fixable.unforgivable(), fixable.unforgivableNote());
		answer("changed", fixable.changed(), fixable.changedNote());
		if (fixable.mustBeDifferent() != null) {
			this.md.line("**" + this.md.label("fixable.question.mustBeDifferent") + "**")
				.userText(fixable.mustBeDifferent());
		}
		answer("whoseHands", fixable.whoseHands(), null);
		answer("othersView", fixable.othersView(), fixable.othersNote());
		this.md.line("*Answered " + this.md.time(fixable.answeredAt()) + "*");
	}

	private void answer(String question, String choice, String note) {
		this.md.line("**" + this.md.label("fixable.question." + question) + "** "
				+ this.md.label("fixable." + question + ".", choice)).userText(note);
	}

	private void noContact(NoContactExport noContact) {
		if (noContact.growthGoals().isEmpty() && noContact.unsentLetters().isEmpty() && noContact.urges().isEmpty()) {
			return;
		}
		this.md.heading(3, this.md.label("stage.NO_CONTACT"));
		if (!noContact.growthGoals().isEmpty()) {
			this.md.heading(4, "Growth goals");
			for (NoContactExport.GoalData goal : noContact.growthGoals()) {
				this.md.line("**" + inline(goal.title()) + "** · set " + this.md.time(goal.createdAt()))
					.userText(goal.why());
				for (NoContactExport.ProgressData step : goal.progress()) {
					this.md.line("*A step on " + this.md.date(step.day()) + ":*").userText(step.what());
				}
			}
		}
		if (!noContact.unsentLetters().isEmpty()) {
			this.md.heading(4, "Unsent letters");
			noContact.unsentLetters()
				.forEach((letter) -> this.md.line("*Written " + this.md.time(letter.writtenAt()) + "*")
					.userText(letter.body()));
		}
		if (!noContact.urges().isEmpty()) {
			this.md.heading(4, "Moments you paused instead of texting");
			noContact.urges()
				.forEach((urge) -> this.md
					.bullet(this.md.time(urge.feltAt()) + ": an urge of " + urge.strength() + " of 10"));
		}
	}

}
