package app.rekindle.reflection;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReflectionEntryRepository extends JpaRepository<ReflectionEntry, Long> {

	List<ReflectionEntry> findByJourneyIdAndKindOrderByCreatedAtAscIdAsc(long journeyId, EntryKind kind);

	List<ReflectionEntry> findByJourneyIdOrderByCreatedAtAscIdAsc(long journeyId);

	/** An entry of this journey and kind; any other id finds nothing. */
	Optional<ReflectionEntry> findByIdAndJourneyIdAndKind(long id, long journeyId, EntryKind kind);

	/** Every entry of every journey of the account. */
	@Query("select e from ReflectionEntry e where e.journeyId in (select j.id from Journey j where j.accountId = :accountId) order by e.journeyId, e.createdAt, e.id")
	List<ReflectionEntry> findAllOfAccount(long accountId);

}
