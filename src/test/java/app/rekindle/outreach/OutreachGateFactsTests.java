package app.rekindle.outreach;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.rekindle.progression.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/** What the gate's rules read in each kind of reply the person can log. */
class OutreachGateFactsTests {

	@ParameterizedTest(name = "{0} reads as {1}")
	@CsvSource({ "NONE_YET, NONE_YET", "WARM, WARM", "NEUTRAL, OTHER_ANSWER", "COLD, COLD",
			"ASKED_FOR_NO_CONTACT, ASKED_FOR_NO_CONTACT", "BLOCKED, BLOCKED", "NOT_READY, NOT_READY", "NO, NO" })
	void eachKindSaysWhatTheRulesReadInIt(ReplyKind kind, Reply read) {
		assertThat(OutreachGateFacts.forTheRules(kind)).isEqualTo(read);
	}

}
