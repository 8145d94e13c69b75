package app.rekindle.trial;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CheckpointRepository extends JpaRepository<Checkpoint, Long> {

	List<Checkpoint> findByJourneyIdOrderByDayMark(long journeyId);

	Optional<Checkpoint> findByJourneyIdAndDayMark(long journeyId, int dayMark);

}
