package app.rekindle.seed;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

import app.rekindle.progression.Stage;

/**
 * One synthetic person's journey plan: when each stage began (a day index from the first day of
 * history), where they are now, and whether they chose to move on.
 */
final class Person {

	private static final String[] ZONES = { "Europe/London", "Europe/Berlin", "America/New_York", "America/Chicago",
			"America/Los_Angeles", "Asia/Kolkata", "Australia/Sydney", "UTC" };

	private static final Stage[] STAGES = { Stage.REFLECTION, Stage.NO_CONTACT, Stage.REACHING_OUT,
			Stage.REBUILDING_TRUST, Stage.TRIAL_PERIOD };

	final SplittableRandom random;

	final UnaryOperator<String> encrypt;

	final ZoneId zone;

	final LocalDate today;

	final LocalDate first;

	final int days;

	/** The last stage reached (never MOVING_ON); {@link #movedOnDay} says whether they then moved on. */
	final Stage reached;

	/** Day index each of the five stages began on; only those up to {@link #reached} are meaningful. */
	final int[] stageStart = new int[STAGES.length];

	/** Day index they chose to move on, or -1. */
	final int movedOnDay;

	final int noContactDays;

	long accountId;

	long journeyId;

	Person(SplittableRandom random, UnaryOperator<String> encrypt, java.time.Instant now, int days) {
		this.random = random;
		this.encrypt = encrypt;
		this.zone = ZoneId.of(ZONES[random.nextInt(ZONES.length)]);
		this.today = LocalDate.ofInstant(now, this.zone);
		this.first = this.today.minusDays(days - 1L);
		this.days = days;
		int roll = random.nextInt(100);
		boolean movesOn = roll >= 88;
		this.reached = movesOn ? STAGES[1 + random.nextInt(4)] : (roll < 8) ? Stage.REFLECTION
				: (roll < 40) ? Stage.NO_CONTACT : (roll < 60) ? Stage.REACHING_OUT
						: (roll < 75) ? Stage.REBUILDING_TRUST : Stage.TRIAL_PERIOD;
		int[] choices = { 21, 30, 30, 30, 45, 60, 90 };
		this.noContactDays = choices[random.nextInt(choices.length)];
		int[] durations = { 5 + random.nextInt(16), this.noContactDays + random.nextInt(15), 14 + random.nextInt(47),
				21 + random.nextInt(40), 90 + random.nextInt(30) };
		int last = this.reached.ordinal();
		int before = 0;
		for (int stage = 0; stage < last; stage++) {
			before += durations[stage];
		}
		// Short histories squeeze the plan so the current stage still has days of its own.
		double squeeze = (before > days * 0.8) ? days * 0.8 / before : 1.0;
		int day = 0;
		for (int stage = 0; stage <= last; stage++) {
			this.stageStart[stage] = Math.min(days - 1, day);
			day += Math.max(1, (int) Math.round(durations[stage] * squeeze));
		}
		if (movesOn) {
			int from = this.stageStart[last] + 1;
			this.movedOnDay = Math.min(days - 1, from + random.nextInt(Math.max(1, Math.min(40, days - from))));
		}
		else {
			this.movedOnDay = -1;
		}
	}

	static Stage[] stages() {
		return STAGES.clone();
	}

	boolean hasReached(Stage stage) {
		return stage.ordinal() <= this.reached.ordinal();
	}

	/** The first day index of a reached stage. */
	int start(Stage stage) {
		return this.stageStart[stage.ordinal()];
	}

	/** The day index after the last day spent in a reached stage. */
	int end(Stage stage) {
		int ended = (stage == this.reached) ? this.days : this.stageStart[stage.ordinal() + 1];
		return (this.movedOnDay >= 0) ? Math.min(ended, this.movedOnDay) : ended;
	}

	/** A day index within a reached stage, drawn evenly. */
	int dayIn(Stage stage) {
		int from = start(stage);
		return from + this.random.nextInt(Math.max(1, end(stage) - from));
	}

	LocalDate date(int dayIndex) {
		return this.first.plusDays(dayIndex);
	}

	/** The moment at a local time on a day index, as stored (UTC). */
	OffsetDateTime at(int dayIndex, int hour, int minute) {
		return date(dayIndex).atTime(hour, minute).atZone(this.zone).toInstant().atOffset(ZoneOffset.UTC);
	}

	OffsetDateTime someTimeOn(int dayIndex) {
		return at(dayIndex, 7 + this.random.nextInt(16), this.random.nextInt(60));
	}

	String encrypted(String text) {
		return (text != null) ? this.encrypt.apply(text) : null;
	}

	boolean chance(int percent) {
		return this.random.nextInt(100) < percent;
	}

}
