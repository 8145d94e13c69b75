package app.rekindle.journey;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import app.rekindle.progression.JourneyFactsSource;
import app.rekindle.progression.JourneySnapshot.JourneyFacts;
import app.rekindle.progression.SafetyConcern;
import app.rekindle.progression.Stage;

/**
 * The journey's facts for the gate, read from the journey's tables with one statement each: the
 * journey with its timeline, and its safety locks. The zone the journey's days are counted in is
 * the account's, read in the same statement as the journey.
 */
@Component
class JourneyGateFacts implements JourneyFactsSource {

	private static final String JOURNEY = """
			select j.account_id, j.stage, a.time_zone, j.started_at, j.breakup_date, j.last_contact_date, j.no_contact_days,
			       (select max(c.changed_at) from journey_stage_change c
			         where c.journey_id = j.id and c.to_stage = j.stage) as stage_entered_at,
			       (select max(c.changed_at) from journey_stage_change c
			         where c.journey_id = j.id and c.reason = 'BACK_TO_NO_CONTACT') as restarted_at,
			       (select max(c.changed_at) from journey_stage_change c
			         where c.journey_id = j.id and c.from_stage = 'NO_CONTACT') as left_no_contact_at
			  from journey j join account a on a.id = j.account_id
			 where j.id = :journeyId
			""";

	/**
	 * The journey's own locks, and in the same statement any lock it carries over from an earlier
	 * journey with the same person: a 'CARRIED' row naming that journey when it carries one (none
	 * once that journey is gone), then the concerns recorded on it.
	 */
	private static final String LOCKS = """
			select 'OWN' as source, l.concern, cast(null as bigint) as carried_from
			  from journey_safety_lock l where l.journey_id = :journeyId
			union all
			select 'CARRIED', null, j.lock_carried_from from journey j where j.id = :journeyId and j.lock_carried_how is not null
			union all
			select 'CARRIED_CONCERN', l.concern, null from journey j join journey_safety_lock l on l.journey_id = j.lock_carried_from
			 where j.id = :journeyId
			""";

	private final JdbcClient jdbc;

	JourneyGateFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public AccountJourney journey(long journeyId) {
		return this.jdbc.sql(JOURNEY).param("journeyId", journeyId).query((rs, row) -> {
			ZoneId zone = ZoneId.of(rs.getString("time_zone"));
			Instant startedAt = instant(rs.getObject("started_at", OffsetDateTime.class));
			Instant stageEnteredAt = instant(rs.getObject("stage_entered_at", OffsetDateTime.class));
			Instant restartedAt = instant(rs.getObject("restarted_at", OffsetDateTime.class));
			Instant leftAt = instant(rs.getObject("left_no_contact_at", OffsetDateTime.class));
			Stage stage = Stage.valueOf(rs.getString("stage"));
			boolean leftForGood = leftAt != null && stage != Stage.NO_CONTACT
					&& (restartedAt == null || leftAt.isAfter(restartedAt));
			return new AccountJourney(rs.getLong("account_id"), new JourneyFacts(stage, zone, startedAt,
					(stageEnteredAt != null) ? stageEnteredAt : startedAt, rs.getObject("breakup_date", LocalDate.class),
					rs.getObject("last_contact_date", LocalDate.class), rs.getInt("no_contact_days"),
					(restartedAt != null) ? restartedAt.atZone(zone).toLocalDate() : null,
					leftForGood ? leftAt.atZone(zone).toLocalDate() : null));
		}).optional().orElseThrow(() -> new NoSuchElementException("No journey " + journeyId));
	}

	@Override
	public Locks locks(long journeyId) {
		List<LockRow> rows = this.jdbc.sql(LOCKS)
			.param("journeyId", journeyId)
			.query((rs, row) -> new LockRow(rs.getString("source"), rs.getString("concern"),
					rs.getObject("carried_from", Long.class)))
			.list();
		Optional<CarriedLock> carried = rows.stream()
			.filter((row) -> row.source().equals("CARRIED"))
			.findFirst()
			.map((row) -> new CarriedLock(Optional.ofNullable(row.carriedFrom()), concerns(rows, "CARRIED_CONCERN")));
		return new Locks(concerns(rows, "OWN"), carried);
	}

	private static Set<SafetyConcern> concerns(List<LockRow> rows, String source) {
		return rows.stream()
			.filter((row) -> row.source().equals(source))
			.map((row) -> SafetyConcern.valueOf(row.concern()))
			.collect(Collectors.toSet());
	}

	/** One row of {@link #LOCKS}: where it comes from, the concern it names, or the journey a lock came from. */
	private record LockRow(String source, String concern, Long carriedFrom) {
	}

	private static Instant instant(OffsetDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}

}
