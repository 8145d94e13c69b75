package app.rekindle.checkin;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CheckInRepository extends JpaRepository<CheckIn, Long> {

	Optional<CheckIn> findByAccountIdAndDay(long accountId, LocalDate day);

	List<CheckIn> findByAccountIdAndDayBetweenOrderByDayAsc(long accountId, LocalDate from, LocalDate to);

	@Query("select new app.rekindle.checkin.CheckInMark(c.day, c.mood, c.urge, c.late) from CheckIn c "
			+ "where c.accountId = :accountId and c.day between :from and :to order by c.day")
	List<CheckInMark> findMarks(long accountId, LocalDate from, LocalDate to);

	List<CheckIn> findByAccountIdAndNoteIsNotNullOrderByDayDesc(long accountId);

	List<CheckIn> findByAccountIdOrderByDayAsc(long accountId);

}
