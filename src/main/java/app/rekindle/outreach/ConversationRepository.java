package app.rekindle.outreach;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConversationRepository extends JpaRepository<Conversation, Long> {

	List<Conversation> findByJourneyIdOrderByHeldOnDescIdDesc(long journeyId);

	Optional<Conversation> findByIdAndJourneyId(long id, long journeyId);

}
