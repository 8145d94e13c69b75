package app.rekindle.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import app.rekindle.journey.Journey;
import app.rekindle.journey.SafetyLockRecord;
import app.rekindle.journey.StageChange;

/** One journey with its timeline, its safety locks and what was recorded in each stage. */
public record JourneyExport(String nickname, LocalDate breakupDate, LocalDate lastContactDate, int noContactDays,
		String stage, boolean active, Instant startedAt, Instant endedAt, List<StageChangeData> timeline,
		List<SafetyLockData> safetyLocks, LockCarriedOverData lockCarriedOver, ReflectionExport reflection,
		NoContactExport noContact, OutreachExport outreach, TrustExport trust, TrialExport trial) {

	/**
	 * @param journeyIndex the place of each journey of the account in the export's list, by id, so
	 * a lock carried over can name the journey it came from
	 */
	static JourneyExport of(Journey journey, List<SafetyLockRecord> locks, Map<Long, Integer> journeyIndex,
			ReflectionExport reflection, NoContactExport noContact, OutreachExport outreach, TrustExport trust,
			TrialExport trial) {
		LockCarriedOverData carried = journey.carriesLock() ? new LockCarriedOverData(journey.getLockCarriedHow().name(),
				(journey.getLockCarriedFrom() != null) ? journeyIndex.get(journey.getLockCarriedFrom()) : null) : null;
		return new JourneyExport(journey.getNickname(), journey.getBreakupDate(), journey.getLastContactDate(),
				journey.getNoContactDays(), journey.getStage().name(), journey.isActive(), journey.getStartedAt(),
				journey.getEndedAt(), journey.getTimeline().stream().map(StageChangeData::of).toList(),
				locks.stream().map(SafetyLockData::of).toList(), carried, reflection, noContact, outreach, trust,
				trial);
	}

	/**
	 * Reaching out stays closed on this journey because it closed on an earlier one with the same
	 * person: {@code how} they are known to be the same, and {@code fromJourney}, the place of that
	 * journey in the export's list of journeys (from 0).
	 */
	public record LockCarriedOverData(String how, Integer fromJourney) {

	}

	/** One entry of the timeline; {@code fromStage} is null for the start. */
	public record StageChangeData(String fromStage, String toStage, Instant changedAt, String reason, String note) {

		static StageChangeData of(StageChange change) {
			return new StageChangeData(Names.of(change.getFromStage()), change.getToStage().name(),
					change.getChangedAt(), change.getReason().name(), change.getNote());
		}

	}

	public record SafetyLockData(String concern, Instant recordedAt) {

		static SafetyLockData of(SafetyLockRecord lock) {
			return new SafetyLockData(lock.concern().name(), lock.recordedAt());
		}

	}

}
