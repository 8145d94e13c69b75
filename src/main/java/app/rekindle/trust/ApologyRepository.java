package app.rekindle.trust;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ApologyRepository extends JpaRepository<Apology, Long> {

	@Query("select a from Apology a where a.journeyId in (select j.id from Journey j where j.accountId = :accountId)")
	List<Apology> findAllOfAccount(long accountId);

}
