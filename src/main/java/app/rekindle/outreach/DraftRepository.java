package app.rekindle.outreach;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DraftRepository extends JpaRepository<Draft, Long> {

	List<Draft> findByJourneyIdOrderByCreatedAtDescIdDesc(long journeyId);

	Optional<Draft> findByIdAndJourneyId(long id, long journeyId);

	@Query("select d from Draft d where d.journeyId in (select j.id from Journey j where j.accountId = :accountId) order by d.journeyId, d.createdAt, d.id")
	List<Draft> findAllOfAccount(long accountId);

}
