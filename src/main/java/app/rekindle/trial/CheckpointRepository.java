package app.rekindle.trial;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CheckpointRepository extends JpaRepository<Checkpoint, Long> {

	List<Checkpoint> findByJourneyIdOrderByDayMark(long journeyId);

	Optional<Checkpoint> findByJourneyIdAndDayMark(long journeyId, int dayMark);

	@Query("select c from Checkpoint c where c.journeyId in (select j.id from Journey j where j.accountId = :accountId) order by c.journeyId, c.dayMark")
	List<Checkpoint> findAllOfAccount(long accountId);

}
