package app.rekindle.journey;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface JourneyRepository extends JpaRepository<Journey, Long> {

	/** The active journey with its timeline, in one query. */
	@Query("select distinct j from Journey j left join fetch j.timeline where j.activeAccountId = :accountId")
	Optional<Journey> findActiveWithTimeline(long accountId);

	/** A journey of this account with its timeline; another account's id finds nothing. */
	@Query("select distinct j from Journey j left join fetch j.timeline where j.id = :id and j.accountId = :accountId")
	Optional<Journey> findByIdAndAccountIdWithTimeline(long id, long accountId);

	Optional<Journey> findByIdAndAccountId(long id, long accountId);

	boolean existsByActiveAccountId(long accountId);

	/** Every journey of the account, oldest first, each with its timeline, in one query. */
	@Query("select distinct j from Journey j left join fetch j.timeline where j.accountId = :accountId order by j.startedAt, j.id")
	List<Journey> findAllWithTimelineByAccountId(long accountId);

	@Query("select j.id from Journey j where j.accountId = :accountId and j.endedAt is not null order by j.endedAt desc, j.id desc")
	List<Long> findEndedIdsNewestFirst(long accountId, Limit limit);

}
