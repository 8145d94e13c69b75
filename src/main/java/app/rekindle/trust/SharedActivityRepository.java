package app.rekindle.trust;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SharedActivityRepository extends JpaRepository<SharedActivity, Long> {

	List<SharedActivity> findByJourneyIdOrderByHappenedOnDescIdDesc(long journeyId);

	/** An activity of this journey; any other id finds nothing. */
	Optional<SharedActivity> findByIdAndJourneyId(long id, long journeyId);

	@Query("select a.rating from SharedActivity a where a.journeyId = :journeyId")
	List<Integer> findRatingsByJourneyId(long journeyId);

	@Query("select a from SharedActivity a where a.journeyId in (select j.id from Journey j where j.accountId = :accountId) order by a.journeyId, a.happenedOn, a.id")
	List<SharedActivity> findAllOfAccount(long accountId);

}
