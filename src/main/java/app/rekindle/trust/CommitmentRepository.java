package app.rekindle.trust;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;


interface CommitmentRepository extends JpaRepository<Commitment, Long> {

	List<Commitment> findByJourneyIdOrderByDueOnAscIdAsc(long journeyId);

	/** A commitment of this journey; any other id finds nothing. */
	Optional<Commitment> findByIdAndJourneyId(long id, long journeyId);

	@Query("select c.state from Commitment c where c.journeyId = :journeyId")
	List<CommitmentState> findStatesByJourneyId(long journeyId);

	@Query("select c from Commitment c where c.journeyId in (select j.id from Journey j where j.accountId = :accountId) order by c.journeyId, c.dueOn, c.id")
	List<Commitment> findAllOfAccount(long accountId);

}
