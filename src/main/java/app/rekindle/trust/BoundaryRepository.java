package app.rekindle.trust;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BoundaryRepository extends JpaRepository<Boundary, Long> {

	List<Boundary> findByJourneyIdOrderByCreatedAtAscIdAsc(long journeyId);

	/** A boundary of this journey; any other id finds nothing. */
	Optional<Boundary> findByIdAndJourneyId(long id, long journeyId);

	long countByJourneyId(long journeyId);

	long countByJourneyIdAndAgreedByBothTrue(long journeyId);

	@Query("select b from Boundary b where b.journeyId in (select j.id from Journey j where j.accountId = :accountId) order by b.journeyId, b.createdAt, b.id")
	List<Boundary> findAllOfAccount(long accountId);

}
