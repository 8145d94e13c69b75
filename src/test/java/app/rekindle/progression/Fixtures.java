package app.rekindle.progression;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import app.rekindle.progression.JourneySnapshot.JourneyFacts;
import app.rekindle.progression.JourneySnapshot.NoContactFacts;
import app.rekindle.progression.JourneySnapshot.NoContactFacts.CheckIn;
import app.rekindle.progression.JourneySnapshot.OutreachFacts;
import app.rekindle.progression.JourneySnapshot.ReflectionFacts;
import app.rekindle.progression.JourneySnapshot.TrustFacts;

/**
 * Snapshots for the rules tests, built around one fixed instant. Each {@code passing…} snapshot
 * meets every requirement of its gate exactly as the configured defaults ask, so a test changes
 * one fact and sees one requirement move. Thresholds come from {@link #RULES}, never literals.
 */
final class Fixtures {

	/** The product defaults, bound exactly as the application binds them. */
	static final RulesProperties RULES = new Binder(new MapConfigurationPropertySource())
		.bindOrCreate("rekindle.rules", RulesProperties.class);

	static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	/** Midday in Berlin on 22 November 2026. */
	static final Instant NOW = Instant.parse("2026-11-22T11:00:00Z");

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	static final GateRules GATE_RULES = new GateRules(RULES);

	private Fixtures() {
	}

	static Instant startOfDay(LocalDate date) {
		return date.atStartOfDay(ZONE).plusHours(9).toInstant();
	}

	static JourneyFacts journey(Stage stage, LocalDate startedOn, LocalDate lastContact) {
		return new JourneyFacts(stage, ZONE, startOfDay(startedOn), startOfDay(startedOn), lastContact.minusDays(10),
				lastContact, RULES.noContact().defaultDays(), null);
	}

	static JourneySnapshot passingReflection() {
		RulesProperties.Reflection r = RULES.reflection();
		return JourneySnapshot.of(journey(Stage.REFLECTION, TODAY.minusDays(3), TODAY.minusDays(5)))
			.with(new ReflectionFacts(r.minCauses(), r.minMistakes(), r.minTriggers(), true, true));
	}

	/** A run long past the chosen length, a check-in every day since the journey began, calm urges. */
	static JourneySnapshot passingNoContact() {
		int days = RULES.noContact().defaultDays() + 10;
		LocalDate start = TODAY.minusDays(days);
		return JourneySnapshot.of(journey(Stage.NO_CONTACT, start, start))
			.with(new NoContactFacts(dailyCheckIns(start.plusDays(1), TODAY, 2), RULES.noContact().minGoalsWithProgress()));
	}

	static JourneySnapshot passingOutreach() {
		RulesProperties.Outreach o = RULES.outreach();
		List<OutreachFacts.SentMessage> sent = new ArrayList<>();
		for (int i = 0; i < o.minWarmReplies(); i++) {
			sent.add(new OutreachFacts.SentMessage(NOW.minusSeconds(86400L * (10 - i)), Reply.WARM));
		}
		return JourneySnapshot.of(journey(Stage.REACHING_OUT, TODAY.minusDays(60), TODAY.minusDays(70)))
			.with(new OutreachFacts(sent,
					Collections.nCopies(o.minPositiveConversations(), o.positiveConversationRating())));
	}

	static JourneySnapshot passingTrust() {
		RulesProperties.Trust t = RULES.trust();
		JourneyFacts base = journey(Stage.REBUILDING_TRUST, TODAY.minusDays(120), TODAY.minusDays(130));
		JourneyFacts inStage = new JourneyFacts(base.stage(), base.zone(), base.startedAt(),
				startOfDay(TODAY.minusDays(t.minDaysInStage())), base.breakupDate(), base.lastContactDate(),
				base.noContactDays(), null);
		return JourneySnapshot.of(inStage)
			.with(new TrustFacts(TODAY.minusDays(10), t.minCommitments(), t.minCommitments(), t.minBoundariesAgreed(),
					Collections.nCopies(t.minActivities(), (int) Math.ceil(t.minMeanActivityRating()))));
	}

	static List<CheckIn> dailyCheckIns(LocalDate from, LocalDate to, int urge) {
		List<CheckIn> checkIns = new ArrayList<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			checkIns.add(new CheckIn(day, urge, Contact.NONE));
		}
		return checkIns;
	}

	static Requirement requirement(GateEvaluation evaluation, String key) {
		return evaluation.requirements()
			.stream()
			.filter((requirement) -> requirement.key().equals(key))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No requirement " + key + " in " + evaluation.requirements()));
	}

	static GateEvaluation evaluate(JourneySnapshot snapshot) {
		return GATE_RULES.evaluate(snapshot, NOW);
	}

	static Set<SafetyConcern> none() {
		return Set.of();
	}

}
