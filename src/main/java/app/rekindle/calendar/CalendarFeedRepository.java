package app.rekindle.calendar;

import java.time.LocalTime;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CalendarFeedRepository extends JpaRepository<CalendarFeed, Long> {

	/** What writing a feed needs, found by the token's hash; the encrypted token is not even read. */
	@Query("select new app.rekindle.calendar.CalendarFeedRepository$FeedLookup(f.accountId, f.reminderTime) "
			+ "from CalendarFeed f where f.tokenHash = :tokenHash")
	Optional<FeedLookup> findByTokenHash(String tokenHash);

	record FeedLookup(long accountId, LocalTime reminderTime) {
	}

}
