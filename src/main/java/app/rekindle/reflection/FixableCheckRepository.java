package app.rekindle.reflection;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FixableCheckRepository extends JpaRepository<FixableCheck, Long> {

	/** The answers of the journey, if it is the account's: one statement, whoever asks. */
	@Query("select f from FixableCheck f where f.journeyId = :journeyId and f.journeyId in (select j.id from Journey j where j.accountId = :accountId)")
	Optional<FixableCheck> findOfAccount(long accountId, long journeyId);

	@Query("select f from FixableCheck f where f.journeyId in (select j.id from Journey j where j.accountId = :accountId)")
	List<FixableCheck> findAllOfAccount(long accountId);

}
