package app.rekindle.trust;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import app.rekindle.account.AccountService;
import app.rekindle.journey.Journey;
import app.rekindle.journey.JourneyService;
import app.rekindle.journey.StageAccess;
import app.rekindle.progression.Stage;

/**
 * What every part of rebuilding trust checks first: the journey belongs to the account (else a
 * 404), and for a change, it is active and in this stage.
 */
@Component
class TrustAccess {

	private static final StageAccess CHANGES = StageAccess.inStage(Stage.REBUILDING_TRUST);

	private final JourneyService journeys;

	private final AccountService accounts;

	private final Clock clock;

	TrustAccess(JourneyService journeys, AccountService accounts, Clock clock) {
		this.journeys = journeys;
		this.accounts = accounts;
		this.clock = clock;
	}

	static boolean isEditable(Journey journey) {
		return CHANGES.allows(journey);
	}

	Journey journey(long accountId, long journeyId) {
		return this.journeys.owned(accountId, journeyId);
	}

	Journey editableJourney(long accountId, long journeyId) {
		return this.journeys.open(accountId, journeyId, CHANGES);
	}

	LocalDate today(long accountId) {
		return this.clock.instant().atZone(this.accounts.get(accountId).getTimeZone()).toLocalDate();
	}

	Instant now() {
		return this.clock.instant();
	}

}
