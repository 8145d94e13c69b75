package app.rekindle.nocontact;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UnsentLetterRepository extends JpaRepository<UnsentLetter, Long> {

	List<UnsentLetter> findByAccountIdOrderByWrittenAtDesc(long accountId);

	Optional<UnsentLetter> findByIdAndAccountId(long id, long accountId);

	/** From {@code from} inclusive to {@code to} exclusive, oldest first. */
	@Query("select l from UnsentLetter l where l.accountId = :accountId and l.writtenAt >= :from and l.writtenAt < :to order by l.writtenAt, l.id")
	List<UnsentLetter> findWrittenBetween(long accountId, Instant from, Instant to);

}
