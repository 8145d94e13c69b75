package app.rekindle.checkin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import app.rekindle.progression.Contact;
import app.rekindle.progression.GateEvaluation;
import app.rekindle.progression.GateRules;
import app.rekindle.progression.JourneySnapshot;
import app.rekindle.progression.JourneySnapshot.JourneyFacts;
import app.rekindle.progression.JourneySnapshot.NoContactFacts;
import app.rekindle.progression.Requirement;
import app.rekindle.progression.RulesProperties;
import app.rekindle.progression.Stage;

import static org.assertj.core.api.Assertions.assertThat;

/** What the gate's rules read in each answer about contact a check-in can give. */
class CheckInGateFactsTests {

	private static final RulesProperties RULES = new Binder(new MapConfigurationPropertySource())
		.bindOrCreate("rekindle.rules", RulesProperties.class);

	private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	private static final Instant NOW = Instant.parse("2026-11-22T11:00:00Z");

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	@ParameterizedTest(name = "{0} reads as {1}")
	@CsvSource({ "NONE, NONE", "I_REACHED_OUT, I_REACHED_OUT", "THEY_REACHED_OUT, THEY_REACHED_OUT",
			"PRACTICAL, NONE" })
	void eachAnswerSaysWhatTheRulesReadInIt(ContactKind answer, Contact read) {
		assertThat(CheckInGateFacts.forTheRules(answer)).isEqualTo(read);
	}

	@Test
	void practicalContactNeitherRestartsNorWaives() {
		LocalDate lastContact = TODAY.minusDays(10);
		List<NoContactFacts.CheckIn> checkIns = new ArrayList<>();
		for (LocalDate day = lastContact.plusDays(1); !day.isAfter(TODAY); day = day.plusDays(1)) {
			ContactKind answer = day.equals(lastContact.plusDays(6)) ? ContactKind.PRACTICAL : ContactKind.NONE;
			checkIns.add(new NoContactFacts.CheckIn(day, 2, CheckInGateFacts.forTheRules(answer)));
		}
		Instant started = lastContact.atStartOfDay(ZONE).plusHours(9).toInstant();
		JourneyFacts journey = new JourneyFacts(Stage.NO_CONTACT, ZONE, started, started, lastContact.minusDays(10),
				lastContact, RULES.noContact().defaultDays(), null);
		GateEvaluation gate = new GateRules(RULES)
			.evaluate(JourneySnapshot.of(journey).with(new NoContactFacts(checkIns, 1)), NOW);

		assertThat(gate.noContact().daysDone()).isEqualTo(10);
		assertThat(days(gate).isMet()).isFalse();
		assertThat(days(gate).isWaived()).isFalse();
	}

	private static Requirement days(GateEvaluation gate) {
		return gate.requirements()
			.stream()
			.filter((requirement) -> requirement.key().equals("noContact.days"))
			.findFirst()
			.orElseThrow();
	}

}
