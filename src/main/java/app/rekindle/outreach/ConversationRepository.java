package app.rekindle.outreach;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ConversationRepository extends JpaRepository<Conversation, Long> {

	List<Conversation> findByJourneyIdOrderByHeldOnDescIdDesc(long journeyId);

	Optional<Conversation> findByIdAndJourneyId(long id, long journeyId);

	@Query("select c from Conversation c where c.journeyId in (select j.id from Journey j where j.accountId = :accountId) order by c.journeyId, c.heldOn, c.id")
	List<Conversation> findAllOfAccount(long accountId);

}
