package app.rekindle.nocontact;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface UnsentLetterRepository extends JpaRepository<UnsentLetter, Long> {

	List<UnsentLetter> findByAccountIdOrderByWrittenAtDesc(long accountId);

	Optional<UnsentLetter> findByIdAndAccountId(long id, long accountId);

}
