package app.rekindle.reflection;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SafetyScreenRepository extends JpaRepository<SafetyScreen, Long> {

	@Query("select s from SafetyScreen s where s.journeyId in (select j.id from Journey j where j.accountId = :accountId)")
	List<SafetyScreen> findAllOfAccount(long accountId);

}
