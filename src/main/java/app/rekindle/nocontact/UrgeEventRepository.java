package app.rekindle.nocontact;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UrgeEventRepository extends JpaRepository<UrgeEvent, Long> {

	List<UrgeEvent> findByAccountIdOrderByFeltAtAscIdAsc(long accountId);

	/** From {@code from} inclusive to {@code to} exclusive, earliest first. */
	@Query("select u from UrgeEvent u where u.accountId = :accountId and u.feltAt >= :from and u.feltAt < :to order by u.feltAt, u.id")
	List<UrgeEvent> findFeltBetween(long accountId, Instant from, Instant to);

}
