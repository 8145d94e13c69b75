package app.rekindle.journey;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import app.rekindle.progression.SafetyConcern;

interface SafetyLockRepository extends Repository<SafetyLockEntry, Long> {

	@Query("select l.concern from SafetyLockEntry l where l.journeyId = :journeyId")
	List<SafetyConcern> findConcernsByJourneyId(long journeyId);

	SafetyLockEntry save(SafetyLockEntry entry);

	@Query("""
			select new app.rekindle.journey.SafetyLockRecord(l.journeyId, l.concern, l.recordedAt) from SafetyLockEntry l
			where l.journeyId in (select j.id from Journey j where j.accountId = :accountId)
			order by l.journeyId, l.recordedAt, l.id""")
	List<SafetyLockRecord> findRecordsByAccountId(long accountId);

}
