package app.rekindle.nocontact;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GrowthGoalRepository extends JpaRepository<GrowthGoal, Long> {

	@Query("select distinct g from GrowthGoal g left join fetch g.progress where g.journeyId = :journeyId order by g.id")
	List<GrowthGoal> findWithProgressByJourneyId(long journeyId);

	@Query("select g from GrowthGoal g left join fetch g.progress where g.id = :id and g.journeyId = :journeyId")
	Optional<GrowthGoal> findWithProgressByIdAndJourneyId(long id, long journeyId);

}
