package app.rekindle.nocontact;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GrowthGoalRepository extends JpaRepository<GrowthGoal, Long> {

	@Query("select distinct g from GrowthGoal g left join fetch g.progress where g.journeyId = :journeyId order by g.id")
	List<GrowthGoal> findWithProgressByJourneyId(long journeyId);

	/** Every goal of every journey of the account, each with its progress, in one query. */
	@Query("select distinct g from GrowthGoal g left join fetch g.progress where g.journeyId in (select j.id from Journey j where j.accountId = :accountId) order by g.journeyId, g.id")
	List<GrowthGoal> findWithProgressOfAccount(long accountId);

	@Query("select g from GrowthGoal g left join fetch g.progress where g.id = :id and g.journeyId = :journeyId")
	Optional<GrowthGoal> findWithProgressByIdAndJourneyId(long id, long journeyId);

}
