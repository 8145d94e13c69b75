package app.rekindle.outreach;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DraftRepository extends JpaRepository<Draft, Long> {

	List<Draft> findByJourneyIdOrderByCreatedAtDescIdDesc(long journeyId);

	Optional<Draft> findByIdAndJourneyId(long id, long journeyId);

}
