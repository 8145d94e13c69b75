package app.rekindle.seed;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.StringJoiner;
import java.util.function.UnaryOperator;

import app.rekindle.checkin.ContactKind;
import app.rekindle.checkin.SelfCare;
import app.rekindle.journey.StageChangeReason;
import app.rekindle.progression.Stage;

/** One account: its journey and timeline, a check-in on most days, and the rows of every stage reached. */
final class AccountSeeder {

	private static final String[] NICKNAMES = { "Sam", "Alex", "Jo", "Robin", "Charlie", "Kim", "Noor", "Mateo",
			"Léa", "Priya", "Jamie", "Taylor" };

	private static final SelfCare[] SELF_CARE = java.util.Arrays.stream(SelfCare.values())
		.filter((care) -> care != SelfCare.OTHER)
		.toArray(SelfCare[]::new);

	private final Tables tables;

	private final StageRows stageRows;

	private final UnaryOperator<String> encrypt;

	private final String passwordHash;

	private final Instant now;

	private final int days;

	AccountSeeder(Tables tables, UnaryOperator<String> encrypt, String passwordHash, Instant now, int days) {
		this.tables = tables;
		this.stageRows = new StageRows(tables);
		this.encrypt = encrypt;
		this.passwordHash = passwordHash;
		this.now = now;
		this.days = days;
	}

	void write(int n, SplittableRandom random) {
		Person p = new Person(random, this.encrypt, this.now, this.days);
		OffsetDateTime created = p.at(0, 19, random.nextInt(60));
		p.accountId = this.tables.account.insert(SeedProperties.email(n), this.passwordHash, p.zone.getId(), created, 0L);
		writeJourney(p, created.plusMinutes(2 + random.nextInt(20)));
		this.stageRows.write(p);
		writeCheckIns(p);
	}

	private void writeJourney(Person p, OffsetDateTime started) {
		boolean ended = p.movedOnDay >= 0;
		Stage current = ended ? Stage.MOVING_ON : p.reached;
		p.journeyId = this.tables.journey.insert(p.accountId, ended ? null : p.accountId,
				p.encrypted(NICKNAMES[p.random.nextInt(NICKNAMES.length)]), p.date(0).minusDays(3 + p.random.nextInt(40)),
				p.date(0).minusDays(p.random.nextInt(3)), p.noContactDays, current.name(), started,
				ended ? p.someTimeOn(p.movedOnDay) : null, 0L);
		this.tables.stageChange.insert(p.journeyId, null, Stage.REFLECTION.name(), started,
				StageChangeReason.STARTED.name(), null);
		Stage[] stages = Person.stages();
		for (int stage = 1; stage <= p.reached.ordinal(); stage++) {
			this.tables.stageChange.insert(p.journeyId, stages[stage - 1].name(), stages[stage].name(),
					p.at(p.stageStart[stage], 20, p.random.nextInt(60)), StageChangeReason.GATE_PASSED.name(), null);
		}
		if (ended) {
			this.tables.stageChange.insert(p.journeyId, p.reached.name(), Stage.MOVING_ON.name(),
					p.someTimeOn(p.movedOnDay), StageChangeReason.CHOSE_TO_MOVE_ON.name(),
					p.encrypted(p.chance(60) ? SyntheticText.of(p.random, 40, 400) : null));
		}
	}

	private void writeCheckIns(Person p) {
		for (int day = 0; day < p.days; day++) {
			boolean afterJourney = p.movedOnDay >= 0 && day > p.movedOnDay;
			boolean isToday = day == p.days - 1;
			if (!p.chance(afterJourney ? 45 : isToday ? 50 : 88)) {
				continue;
			}
			Stage stage = stageOn(p, day);
			double progress = (double) day / p.days;
			int mood = clamp((int) Math.round(2.2 + 2.2 * progress + p.random.nextGaussian() * 0.9), 1, 5);
			int urge = clamp((int) Math.round(7 - 5 * progress + p.random.nextGaussian() * 1.8), 0, 10);
			List<SelfCare> care = new ArrayList<>();
			for (SelfCare each : SELF_CARE) {
				if (p.chance(30)) {
					care.add(each);
				}
			}
			String other = null;
			if (p.chance(8)) {
				care.add(SelfCare.OTHER);
				other = SyntheticText.phrase(p.random);
			}
			StringJoiner names = new StringJoiner(",");
			care.stream().sorted().forEach((each) -> names.add(each.name()));
			boolean late = !isToday && p.chance(8);
			OffsetDateTime saved = late ? p.at(day + 1, 9 + p.random.nextInt(10), p.random.nextInt(60))
					: p.at(day, 19 + p.random.nextInt(5), p.random.nextInt(60));
			this.tables.checkIn.insert(p.accountId, p.date(day), mood, urge, contact(p, stage).name(),
					names.toString(), p.encrypted(other), p.encrypted(SyntheticText.note(p.random)), late, saved, saved);
		}
	}

	private static Stage stageOn(Person p, int day) {
		Stage on = Stage.REFLECTION;
		for (Stage stage : Person.stages()) {
			if (p.hasReached(stage) && p.start(stage) <= day) {
				on = stage;
			}
		}
		return on;
	}

	private static ContactKind contact(Person p, Stage stage) {
		int roll = p.random.nextInt(100);
		if (stage.ordinal() <= Stage.NO_CONTACT.ordinal()) {
			return (roll < 94) ? ContactKind.NONE : (roll < 97) ? ContactKind.I_REACHED_OUT
					: (roll < 99) ? ContactKind.THEY_REACHED_OUT : ContactKind.PRACTICAL;
		}
		return (roll < 45) ? ContactKind.NONE : (roll < 70) ? ContactKind.I_REACHED_OUT
				: (roll < 92) ? ContactKind.THEY_REACHED_OUT : ContactKind.PRACTICAL;
	}

	private static int clamp(int value, int min, int max) {
		return Math.max(min, Math.min(max, value));
	}

}
