package app.rekindle.reflection;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReflectionEntryRepository extends JpaRepository<ReflectionEntry, Long> {

	List<ReflectionEntry> findByJourneyIdAndKindOrderByCreatedAtAscIdAsc(long journeyId, EntryKind kind);

	List<ReflectionEntry> findByJourneyIdOrderByCreatedAtAscIdAsc(long journeyId);

	/** An entry of this journey and kind; any other id finds nothing. */
	Optional<ReflectionEntry> findByIdAndJourneyIdAndKind(long id, long journeyId, EntryKind kind);

}
