package app.rekindle.trial;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TrialPeriodRepository extends JpaRepository<TrialPeriod, Long> {

	@Query("select p from TrialPeriod p where p.journeyId in (select j.id from Journey j where j.accountId = :accountId)")
	List<TrialPeriod> findAllOfAccount(long accountId);

}
