package app.rekindle.reflection;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MotivesCheckRepository extends JpaRepository<MotivesCheck, Long> {

	@Query("select m from MotivesCheck m where m.journeyId in (select j.id from Journey j where j.accountId = :accountId)")
	List<MotivesCheck> findAllOfAccount(long accountId);

}
