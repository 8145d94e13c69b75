package app.rekindle.seed;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import app.rekindle.outreach.Channel;
import app.rekindle.outreach.ConversationKind;
import app.rekindle.outreach.ReplyKind;
import app.rekindle.progression.Stage;
import app.rekindle.reflection.BreakupCause;
import app.rekindle.reflection.EntryKind;
import app.rekindle.reflection.Motive;
import app.rekindle.trust.ActivityKind;
import app.rekindle.trust.CommitmentState;
import app.rekindle.trust.Whose;

/** The rows of each stage a person reached, dated within the days they spent in it. */
final class StageRows {

	private static final BreakupCause[] CAUSES = { BreakupCause.COMMUNICATION, BreakupCause.TRUST,
			BreakupCause.JEALOUSY, BreakupCause.DIFFERENT_LIFE_GOALS, BreakupCause.OUTSIDE_PRESSURE,
			BreakupCause.ROUTINE_AND_COMPLACENCY, BreakupCause.VALUES, BreakupCause.OTHER };

	private static final Motive[] GROWTH_MOTIVES = { Motive.BUILD_SOMETHING_BETTER, Motive.BOTH_CHANGED,
			Motive.SHARED_VALUES_AND_GOALS, Motive.CARE_FOR_WHO_THEY_ARE };

	private final Tables t;

	StageRows(Tables tables) {
		this.t = tables;
	}

	void write(Person p) {
		Reflection reflection = reflection(p);
		if (p.hasReached(Stage.NO_CONTACT)) {
			noContact(p);
		}
		if (p.hasReached(Stage.REACHING_OUT)) {
			outreach(p);
		}
		if (p.hasReached(Stage.REBUILDING_TRUST)) {
			trust(p, reflection);
		}
		if (p.hasReached(Stage.TRIAL_PERIOD)) {
			trial(p);
		}
	}

	private record Reflection(List<Long> mistakes, List<Long> triggers) {
	}

	private Reflection reflection(Person p) {
		Stage stage = Stage.REFLECTION;
		this.t.safetyScreen.insertRow(p.journeyId, false, false, false, false, false, false, false, false,
				p.at(p.start(stage), 20, 30), 0L);
		for (int i = 1 + p.random.nextInt(3); i > 0; i--) {
			this.t.reflectionEntry.insert(p.journeyId, EntryKind.CAUSE.name(), CAUSES[p.random.nextInt(CAUSES.length)].name(),
					p.encrypted(SyntheticText.of(p.random, 60, 600)), null, p.someTimeOn(p.dayIn(stage)), 0L);
		}
		List<Long> mistakes = new ArrayList<>();
		for (int i = 2 + p.random.nextInt(3); i > 0; i--) {
			mistakes.add(this.t.reflectionEntry.insert(p.journeyId, EntryKind.MISTAKE.name(), null,
					p.encrypted(SyntheticText.of(p.random, 60, 500)), p.encrypted(SyntheticText.of(p.random, 40, 300)),
					p.someTimeOn(p.dayIn(stage)), 0L));
		}
		List<Long> triggers = new ArrayList<>();
		for (int i = 1 + p.random.nextInt(3); i > 0; i--) {
			triggers.add(this.t.reflectionEntry.insert(p.journeyId, EntryKind.TRIGGER.name(), null,
					p.encrypted(SyntheticText.of(p.random, 30, 300)),
					p.encrypted(p.chance(50) ? SyntheticText.of(p.random, 30, 200) : null), p.someTimeOn(p.dayIn(stage)), 0L));
		}
		for (int i = p.random.nextInt(3); i > 0; i--) {
			this.t.reflectionEntry.insert(p.journeyId, EntryKind.GROWTH.name(), null,
					p.encrypted(SyntheticText.of(p.random, 40, 400)), null, p.someTimeOn(p.dayIn(stage)), 0L);
		}
		if (p.hasReached(Stage.NO_CONTACT)) {
			StringJoiner motives = new StringJoiner(",");
			List<Motive> chosen = new ArrayList<>(List.of(GROWTH_MOTIVES[p.random.nextInt(GROWTH_MOTIVES.length)]));
			if (p.chance(50)) {
				chosen.add(Motive.NOSTALGIC);
			}
			chosen.stream().distinct().sorted().forEach((motive) -> motives.add(motive.name()));
			this.t.motivesCheck.insertRow(p.journeyId, motives.toString(),
					p.encrypted(p.chance(50) ? SyntheticText.of(p.random, 30, 300) : null),
					p.at(Math.max(p.start(stage), p.start(Stage.NO_CONTACT) - 1), 21, 0), 0L);
		}
		return new Reflection(mistakes, triggers);
	}

	private void noContact(Person p) {
		Stage stage = Stage.NO_CONTACT;
		int goals = 1 + p.random.nextInt(3);
		for (int g = 0; g < goals; g++) {
			int day = Math.min(p.start(stage) + p.random.nextInt(3), p.end(stage));
			long goal = this.t.growthGoal.insert(p.journeyId, p.encrypted(SyntheticText.phrase(p.random)),
					p.encrypted(p.chance(70) ? SyntheticText.of(p.random, 30, 400) : null), p.someTimeOn(day));
			for (int i = 2 + p.random.nextInt(7); i > 0; i--) {
				int on = Math.max(day, p.dayIn(stage));
				this.t.goalProgress.insert(goal, p.date(on), p.encrypted(SyntheticText.of(p.random, 20, 300)),
						p.someTimeOn(on));
			}
		}
		for (int i = p.random.nextInt(4); i > 0; i--) {
			this.t.unsentLetter.insert(p.accountId, p.journeyId, p.encrypted(SyntheticText.of(p.random, 300, 3000)),
					p.someTimeOn(p.dayIn(stage)));
		}
		for (int day = p.start(stage); day < p.end(stage); day++) {
			double fading = 1.0 - (double) (day - p.start(stage)) / Math.max(1, p.end(stage) - p.start(stage));
			int urges = (int) Math.round(p.random.nextDouble() * (0.5 + 2.5 * fading));
			for (int u = 0; u < urges; u++) {
				int hour = p.chance(60) ? 19 + p.random.nextInt(5) : 6 + p.random.nextInt(13);
				this.t.urgeEvent.insert(p.accountId, p.journeyId, p.at(day, hour, p.random.nextInt(60)),
						Math.max(0, Math.min(10, (int) Math.round(4 + 4 * fading + p.random.nextGaussian() * 2))));
			}
		}
	}

	private void outreach(Person p) {
		Stage stage = Stage.REACHING_OUT;
		boolean passed = p.hasReached(Stage.REBUILDING_TRUST);
		int drafts = 2 + p.random.nextInt(4);
		for (int d = 0; d < drafts; d++) {
			int day = p.dayIn(stage);
			OffsetDateTime created = p.someTimeOn(day);
			boolean sent = passed || d < drafts - 1 || p.chance(50);
			ReplyKind reply = !sent ? null : (passed && d < 2) ? ReplyKind.WARM : pick(p, ReplyKind.WARM,
					ReplyKind.WARM, ReplyKind.WARM, ReplyKind.NEUTRAL, ReplyKind.NONE_YET, ReplyKind.COLD);
			boolean answered = reply != null && reply.isAnswered();
			this.t.draft.insert(p.journeyId, Channel.offered().get(p.random.nextInt(Channel.offered().size())).name(),
					p.encrypted(SyntheticText.of(p.random, 100, 800)),
					p.chance(40) ? LocalTime.of(9 + p.random.nextInt(10), 0) : null, created,
					sent ? created.plusHours(25 + p.random.nextInt(48)) : null, (reply != null) ? reply.name() : null,
					p.encrypted(answered && p.chance(50) ? SyntheticText.of(p.random, 20, 300) : null), created, 0L);
		}
		for (int c = 1 + p.random.nextInt(4); c > 0; c--) {
			int day = p.dayIn(stage);
			this.t.conversation.insert(p.journeyId,
					ConversationKind.values()[p.random.nextInt(ConversationKind.values().length)].name(), p.date(day),
					(passed && c == 1) ? 4 + p.random.nextInt(2) : 2 + p.random.nextInt(4),
					p.encrypted(p.chance(60) ? SyntheticText.of(p.random, 30, 500) : null), p.someTimeOn(day));
		}
	}

	private void trust(Person p, Reflection reflection) {
		Stage stage = Stage.REBUILDING_TRUST;
		boolean passed = p.hasReached(Stage.TRIAL_PERIOD);
		StringJoiner covered = new StringJoiner(",");
		reflection.mistakes().stream().sorted().forEach((id) -> covered.add(id.toString()));
		int deliveredDay = Math.min(p.end(stage) - 1, p.start(stage) + 3 + p.random.nextInt(8));
		this.t.apology.insertRow(p.journeyId, p.encrypted(SyntheticText.of(p.random, 80, 600)),
				p.encrypted(SyntheticText.of(p.random, 40, 400)), p.encrypted(SyntheticText.of(p.random, 60, 500)),
				p.encrypted(SyntheticText.of(p.random, 40, 400)), covered.toString(),
				(passed || p.chance(60)) ? p.date(Math.max(p.start(stage), deliveredDay)) : null,
				p.someTimeOn(p.start(stage)), 0L);
		for (int c = 5 + p.random.nextInt(6); c > 0; c--) {
			int day = p.dayIn(stage);
			int due = day + 3 + p.random.nextInt(14);
			CommitmentState state = (due >= p.days - 1) ? CommitmentState.PENDING
					: p.chance(85) ? CommitmentState.KEPT : CommitmentState.BROKEN;
			this.t.commitment.insert(p.journeyId, p.encrypted(SyntheticText.of(p.random, 20, 200)), p.date(due),
					state.name(), p.someTimeOn(day), 0L);
		}
		for (int b = 3 + p.random.nextInt(3); b > 0; b--) {
			this.t.boundary.insert(p.journeyId, p.encrypted(SyntheticText.of(p.random, 20, 200)),
					Whose.values()[p.random.nextInt(Whose.values().length)].name(), passed || p.chance(85),
					p.someTimeOn(p.dayIn(stage)), 0L);
		}
		int activityEnd = p.end(p.reached);
		for (int a = 4 + p.random.nextInt(9); a > 0; a--) {
			int day = p.start(stage) + p.random.nextInt(Math.max(1, activityEnd - p.start(stage)));
			boolean trigger = !reflection.triggers().isEmpty() && p.chance(15);
			this.t.activity.insert(p.journeyId, p.date(day), p.encrypted(SyntheticText.of(p.random, 10, 120)),
					(p.chance(60) ? ActivityKind.NEW : ActivityKind.REVISITED).name(),
					passed ? 4 + p.random.nextInt(2) : 2 + p.random.nextInt(4), trigger,
					trigger ? reflection.triggers().get(p.random.nextInt(reflection.triggers().size())) : null,
					p.encrypted(p.chance(50) ? SyntheticText.of(p.random, 20, 400) : null), p.someTimeOn(day));
		}
	}

	private void trial(Person p) {
		int start = p.start(Stage.TRIAL_PERIOD);
		this.t.trialPeriod.insertRow(p.journeyId, p.date(start), 0L);
		for (int mark : new int[] { 30, 60, 90 }) {
			int reviewed = start + mark + p.random.nextInt(3);
			if (reviewed >= p.end(Stage.TRIAL_PERIOD)) {
				break;
			}
			this.t.checkpoint.insert(p.journeyId, mark, p.chance(85), p.chance(80), p.chance(85), p.chance(75),
					p.encrypted(p.chance(60) ? SyntheticText.of(p.random, 30, 600) : null), p.date(reviewed));
		}
	}

	@SafeVarargs
	private static <T> T pick(Person p, T... choices) {
		return choices[p.random.nextInt(choices.length)];
	}

}
