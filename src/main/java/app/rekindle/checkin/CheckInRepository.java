package app.rekindle.checkin;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CheckInRepository extends JpaRepository<CheckIn, Long> {

	Optional<CheckIn> findByAccountIdAndDay(long accountId, LocalDate day);

	List<CheckIn> findByAccountIdAndDayBetweenOrderByDayAsc(long accountId, LocalDate from, LocalDate to);

	List<CheckIn> findByAccountIdAndNoteIsNotNullOrderByDayDesc(long accountId);

	List<CheckIn> findByAccountIdOrderByDayAsc(long accountId);

}
