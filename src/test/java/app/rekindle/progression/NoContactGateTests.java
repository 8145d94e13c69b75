package app.rekindle.progression;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import app.rekindle.progression.JourneySnapshot.NoContactFacts;
import app.rekindle.progression.JourneySnapshot.NoContactFacts.CheckIn;

import static app.rekindle.progression.Fixtures.RULES;
import static app.rekindle.progression.Fixtures.TODAY;
import static app.rekindle.progression.Fixtures.dailyCheckIns;
import static app.rekindle.progression.Fixtures.evaluate;
import static app.rekindle.progression.Fixtures.journey;
import static app.rekindle.progression.Fixtures.passingNoContact;
import static app.rekindle.progression.Fixtures.requirement;
import static org.assertj.core.api.Assertions.assertThat;

class NoContactGateTests {

	private static final int TARGET = RULES.noContact().defaultDays();

	@Test
	void passesWhenEveryRequirementIsMet() {
		GateEvaluation gate = evaluate(passingNoContact());
		assertThat(gate.missing()).isEmpty();
		assertThat(gate.isPassed()).isTrue();
		assertThat(gate.next()).contains(Stage.REACHING_OUT);
	}

	static Stream<Arguments> daysAroundTheChosenLength() {
		return Stream.of(Arguments.of("one day short", TARGET - 1, false), Arguments.of("exactly", TARGET, true),
				Arguments.of("one day over", TARGET + 1, true));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("daysAroundTheChosenLength")
	void countsDaysFromTheLastContact(String name, int daysSinceContact, boolean met) {
		LocalDate lastContact = TODAY.minusDays(daysSinceContact);
		JourneySnapshot snapshot = JourneySnapshot.of(journey(Stage.NO_CONTACT, lastContact, lastContact))
			.with(new NoContactFacts(dailyCheckIns(lastContact.plusDays(1), TODAY, 2), 1));
		GateEvaluation gate = evaluate(snapshot);
		Requirement days = requirement(gate, "noContact.days");
		assertThat(days.isMet()).isEqualTo(met);
		assertThat(days.progress()).isEqualTo(Text.of("gate.progress.days", daysSinceContact, TARGET));
		assertThat(gate.noContact().daysLeft()).isEqualTo(Math.max(0, TARGET - daysSinceContact));
		assertThat(gate.noContact().endsOn()).isEqualTo(lastContact.plusDays(TARGET));
		assertThat(gate.isPassed()).isEqualTo(met);
	}

	static Stream<Arguments> checkInCountsAroundTheMinimum() {
		int min = RULES.noContact().minCheckIns();
		return Stream.of(Arguments.of("one short", min - 1, false), Arguments.of("exactly", min, true),
				Arguments.of("one more", min + 1, true));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("checkInCountsAroundTheMinimum")
	void needsEnoughCheckInsInTheCurrentRun(String name, int checkIns, boolean met) {
		LocalDate lastContact = TODAY.minusDays(TARGET + 5);
		LocalDate started = TODAY.minusDays(checkIns - 1);
		JourneySnapshot snapshot = JourneySnapshot.of(journey(Stage.NO_CONTACT, started, lastContact))
			.with(new NoContactFacts(dailyCheckIns(started, TODAY, 2), 1));
		GateEvaluation gate = evaluate(snapshot);
		assertThat(requirement(gate, "noContact.checkIns").isMet()).isEqualTo(met);
		assertThat(requirement(gate, "noContact.checkInShare").isMet()).as("every day since the start, once there are enough days")
			.isEqualTo(checkIns >= RULES.noContact().minDaysForShare());
		assertThat(gate.isPassed()).isEqualTo(met);
	}

	/** One check-in on the journey's first day is 100%, and means nothing yet. */
	@ParameterizedTest(name = "{0} days since the journey began, a check-in on each")
	@org.junit.jupiter.params.provider.ValueSource(ints = { 1, 3, 6, 7, 8 })
	void aShareOfTooFewDaysIsNotDoneUntilEnoughDaysHaveGoneBy(int days) {
		int minDays = RULES.noContact().minDaysForShare();
		LocalDate started = TODAY.minusDays(days - 1);
		JourneySnapshot snapshot = JourneySnapshot.of(journey(Stage.NO_CONTACT, started, TODAY.minusDays(60)))
			.with(new NoContactFacts(dailyCheckIns(started, TODAY, 2), 1));
		Requirement share = requirement(evaluate(snapshot), "noContact.checkInShare");
		assertThat(share.isMet()).isEqualTo(days >= minDays);
		if (days < minDays) {
			assertThat(share.progress().code()).isEqualTo("gate.progress.shareTooSoon");
			assertThat(share.fraction()).as("the bar grows with the days").isEqualTo((double) days / minDays);
			assertThat(share.sentence()).isEqualTo(Text.of("gate.noContact.checkInShare.tooSoon",
					RULES.noContact().minCheckInPercent(), minDays));
		}
		else {
			assertThat(share.fraction()).isEqualTo(1);
		}
	}

	/** The urge bar shows calm: it fills as the mean urge falls toward the maximum, and is empty at 10. */
	@Test
	void theUrgeBarFillsAsTheUrgeSettlesNeverAsItGrows() {
		double previous = -1;
		for (int urge = 10; urge >= 0; urge--) {
			LocalDate started = TODAY.minusDays(20);
			JourneySnapshot snapshot = JourneySnapshot.of(journey(Stage.NO_CONTACT, started, TODAY.minusDays(60)))
				.with(new NoContactFacts(dailyCheckIns(started, TODAY, urge), 1));
			double fraction = requirement(evaluate(snapshot), "noContact.urge").fraction();
			assertThat(fraction).as("urge %d", urge).isGreaterThanOrEqualTo(previous);
			if (urge == 10) {
				assertThat(fraction).isZero();
			}
			if (urge <= RULES.noContact().maxMeanUrge()) {
				assertThat(fraction).isEqualTo(1);
			}
			previous = fraction;
		}
	}

	static Stream<Arguments> sharesAroundTheMinimum() {
		int min = RULES.noContact().minCheckInPercent();
		return Stream.of(Arguments.of("one percent short", min - 1, false), Arguments.of("exactly", min, true),
				Arguments.of("one percent over", min + 1, true));
	}

	/** Over a run of 100 days since the journey began, n check-ins are n percent. */
	@ParameterizedTest(name = "{0}")
	@MethodSource("sharesAroundTheMinimum")
	void needsCheckInsOnEnoughOfTheRunsDaysSinceTheJourneyBegan(String name, int percent, boolean met) {
		LocalDate lastContact = TODAY.minusDays(100);
		LocalDate started = TODAY.minusDays(99);
		List<CheckIn> checkIns = dailyCheckIns(TODAY.minusDays(percent - 1), TODAY, 2);
		GateEvaluation gate = evaluate(JourneySnapshot.of(journey(Stage.NO_CONTACT, started, lastContact))
			.with(new NoContactFacts(checkIns, 1)));
		Requirement share = requirement(gate, "noContact.checkInShare");
		assertThat(share.isMet()).isEqualTo(met);
		assertThat(share.progress()).isEqualTo(
				Text.of("gate.progress.share", (long) percent, 100, percent, RULES.noContact().minCheckInPercent()));
	}

	@Test
	void countsOnlyTheRunsDaysAfterTheJourneyBegan() {
		LocalDate lastContact = TODAY.minusDays(200);
		LocalDate started = TODAY.minusDays(9);
		GateEvaluation gate = evaluate(JourneySnapshot.of(journey(Stage.NO_CONTACT, started, lastContact))
			.with(new NoContactFacts(dailyCheckIns(started, TODAY, 2), 1)));
		assertThat(requirement(gate, "noContact.checkInShare").progress().args())
			.containsExactly(10L, 10, 100, RULES.noContact().minCheckInPercent());
	}

	static Stream<Arguments> urgesAroundTheMaximum() {
		int window = RULES.noContact().urgeWindow();
		int atMax = (int) Math.round(RULES.noContact().maxMeanUrge() * window);
		return Stream.of(Arguments.of("just over", atMax + 1, false), Arguments.of("exactly", atMax, true),
				Arguments.of("just under", atMax - 1, true));
	}

	/** The latest check-ins (the window) carry the given total of urges; older ones are at 10. */
	@ParameterizedTest(name = "{0}")
	@MethodSource("urgesAroundTheMaximum")
	void needsTheMeanUrgeOfTheLatestCheckInsAtOrBelowTheMaximum(String name, int totalUrge, boolean met) {
		int window = RULES.noContact().urgeWindow();
		List<CheckIn> checkIns = new ArrayList<>();
		LocalDate start = TODAY.minusDays(TARGET + 10);
		for (LocalDate day = start.plusDays(1); day.isBefore(TODAY.minusDays(window - 1)); day = day.plusDays(1)) {
			checkIns.add(new CheckIn(day, 10, Contact.NONE));
		}
		for (int i = 0; i < window; i++) {
			int urge = totalUrge / window + ((i < totalUrge % window) ? 1 : 0);
			checkIns.add(new CheckIn(TODAY.minusDays(i), urge, Contact.NONE));
		}
		GateEvaluation gate = evaluate(JourneySnapshot.of(journey(Stage.NO_CONTACT, start, start))
			.with(new NoContactFacts(checkIns, 1)));
		assertThat(requirement(gate, "noContact.urge").isMet()).isEqualTo(met);
		assertThat(gate.isPassed()).isEqualTo(met);
	}

	@Test
	void needsCheckInsBeforeTheUrgeCanBeJudged() {
		LocalDate start = TODAY.minusDays(TARGET + 10);
		GateEvaluation gate = evaluate(JourneySnapshot.of(journey(Stage.NO_CONTACT, start, start)));
		assertThat(requirement(gate, "noContact.urge").isMet()).isFalse();
		assertThat(requirement(gate, "noContact.urge").progress()).isEqualTo(Text.of("gate.progress.noCheckIns"));
	}

	@ParameterizedTest(name = "{0} goals with progress")
	@MethodSource("goalCounts")
	void needsAGrowthGoalWithProgress(int goals, boolean met) {
		JourneySnapshot passing = passingNoContact();
		GateEvaluation gate = evaluate(passing.with(new NoContactFacts(passing.noContact().checkIns(), goals)));
		assertThat(requirement(gate, "noContact.goals").isMet()).isEqualTo(met);
	}

	static Stream<Arguments> goalCounts() {
		int min = RULES.noContact().minGoalsWithProgress();
		return Stream.of(Arguments.of(min - 1, false), Arguments.of(min, true), Arguments.of(min + 1, true));
	}

	@Test
	void waivesTheDaysWhenTheyReachedOutFirstAndSaysSo() {
		LocalDate lastContact = TODAY.minusDays(10);
		List<CheckIn> checkIns = new ArrayList<>(dailyCheckIns(lastContact.plusDays(1), TODAY, 2));
		checkIns.set(3, new CheckIn(checkIns.get(3).date(), 5, Contact.THEY_REACHED_OUT));
		GateEvaluation gate = evaluate(JourneySnapshot.of(journey(Stage.NO_CONTACT, lastContact, lastContact))
			.with(new NoContactFacts(checkIns, 1)));
		Requirement days = requirement(gate, "noContact.days");
		assertThat(days.isWaived()).isTrue();
		assertThat(days.sentence()).isEqualTo(Text.of("gate.noContact.days.waived"));
		assertThat(gate.noContact().daysDone()).as("they reaching out does not restart the run").isEqualTo(10);
		assertThat(gate.notes()).contains(Text.of("gate.note.theyReachedOut"));
		assertThat(gate.isPassed()).isTrue();
	}

	@Test
	void aSlipRestartsTheRunButKeepsTheTotalAndTheLongestRun() {
		LocalDate lastContact = TODAY.minusDays(50);
		List<CheckIn> checkIns = new ArrayList<>(dailyCheckIns(lastContact.plusDays(1), TODAY, 3));
		checkIns.set(29, new CheckIn(TODAY.minusDays(20), 9, Contact.I_REACHED_OUT));
		GateEvaluation gate = evaluate(JourneySnapshot.of(journey(Stage.NO_CONTACT, lastContact, lastContact))
			.with(new NoContactFacts(checkIns, 1)));
		NoContactCount count = gate.noContact();
		assertThat(count.runStartedOn()).isEqualTo(TODAY.minusDays(20));
		assertThat(count.daysDone()).isEqualTo(20);
		assertThat(count.longestRun()).isEqualTo(29);
		assertThat(count.totalCleanDays()).isEqualTo(49);
		assertThat(count.slips()).isEqualTo(1);
		assertThat(requirement(gate, "noContact.days").progress()).isEqualTo(Text.of("gate.progress.days", 20, TARGET));
		assertThat(requirement(gate, "noContact.checkIns").progress().args().get(0))
			.as("only check-ins after the slip count for this run").isEqualTo(20);
	}

	@Test
	void twoSlipsMakeThreeRuns() {
		LocalDate lastContact = TODAY.minusDays(40);
		List<CheckIn> checkIns = List.of(new CheckIn(TODAY.minusDays(30), 8, Contact.I_REACHED_OUT),
				new CheckIn(TODAY.minusDays(25), 8, Contact.I_REACHED_OUT), new CheckIn(TODAY, 3, Contact.NONE));
		NoContactCount count = evaluate(JourneySnapshot.of(journey(Stage.NO_CONTACT, lastContact, lastContact))
			.with(new NoContactFacts(checkIns, 0))).noContact();
		assertThat(count.daysDone()).isEqualTo(25);
		assertThat(count.longestRun()).isEqualTo(25);
		assertThat(count.totalCleanDays()).isEqualTo(9 + 4 + 25);
		assertThat(count.slips()).isEqualTo(2);
	}

	@Test
	void goingBackToNoContactRestartsTheCount() {
		LocalDate lastContact = TODAY.minusDays(80);
		JourneySnapshot.JourneyFacts base = journey(Stage.NO_CONTACT, lastContact, lastContact);
		JourneySnapshot.JourneyFacts restarted = new JourneySnapshot.JourneyFacts(base.stage(), base.zone(),
				base.startedAt(), base.stageEnteredAt(), base.breakupDate(), base.lastContactDate(),
				base.noContactDays(), TODAY.minusDays(5));
		NoContactCount count = evaluate(JourneySnapshot.of(restarted)).noContact();
		assertThat(count.daysDone()).isEqualTo(5);
		assertThat(count.longestRun()).isEqualTo(74);
		assertThat(count.slips()).as("returning is not a slip").isZero();
	}


	@Test
	void theCountStopsOnTheDayTheJourneyLeftNoContact() {
		LocalDate lastContact = TODAY.minusDays(100);
		LocalDate left = TODAY.minusDays(60);
		JourneySnapshot.JourneyFacts base = journey(Stage.REACHING_OUT, lastContact, lastContact);
		JourneySnapshot.JourneyFacts moved = new JourneySnapshot.JourneyFacts(base.stage(), base.zone(),
				base.startedAt(), base.stageEnteredAt(), base.breakupDate(), base.lastContactDate(),
				base.noContactDays(), null, left);
		List<CheckIn> checkIns = new ArrayList<>(dailyCheckIns(lastContact.plusDays(1), TODAY, 3));
		checkIns.set(19, new CheckIn(lastContact.plusDays(20), 8, Contact.I_REACHED_OUT));
		checkIns.set(59, new CheckIn(TODAY.minusDays(40), 2, Contact.I_REACHED_OUT));
		NoContactCount count = evaluate(JourneySnapshot.of(moved).with(new NoContactFacts(checkIns, 1))).noContact();
		assertThat(count.stoppedOn()).isEqualTo(left);
		assertThat(count.isStopped()).isTrue();
		assertThat(count.daysDone()).as("from the slip to the day no contact ended").isEqualTo(20);
		assertThat(count.totalCleanDays()).isEqualTo(19 + 20);
		assertThat(count.longestRun()).isEqualTo(20);
		assertThat(count.slips()).as("a message sent while reaching out is not a slip").isEqualTo(1);
	}

	@Test
	void aCountThatHasNotLeftNoContactGoesOnToToday() {
		LocalDate lastContact = TODAY.minusDays(30);
		JourneySnapshot.JourneyFacts base = journey(Stage.NO_CONTACT, lastContact, lastContact);
		JourneySnapshot.JourneyFacts leavingToday = new JourneySnapshot.JourneyFacts(base.stage(), base.zone(),
				base.startedAt(), base.stageEnteredAt(), base.breakupDate(), base.lastContactDate(),
				base.noContactDays(), null, TODAY);
		NoContactCount stillGoing = evaluate(JourneySnapshot.of(base)).noContact();
		NoContactCount endedToday = evaluate(JourneySnapshot.of(leavingToday)).noContact();
		assertThat(stillGoing.isStopped()).isFalse();
		assertThat(stillGoing.daysDone()).isEqualTo(30);
		assertThat(endedToday.daysDone()).isEqualTo(30);
	}

}
