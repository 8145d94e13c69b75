package app.rekindle.journey;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import app.rekindle.progression.JourneyFactsSource;
import app.rekindle.progression.JourneySnapshot.JourneyFacts;
import app.rekindle.progression.SafetyConcern;
import app.rekindle.progression.Stage;

/**
 * The journey's facts for the gate, read from the journey's tables with one statement each: the
 * journey with its timeline, and its safety locks (or, for a journey already read with its
 * timeline, its facts without a statement: {@link #of}). The zone the journey's days are counted in is
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
	 * journey with the same person: the journey it carries one from (null once that journey is gone)
	 * and the concerns recorded there. One row per pair of an own and a carried concern, and at
	 * least one row. Joins, not a union: H2 keeps no parsed union in its statement cache, and
	 * parsing this one again for each page cost 5 % of a dashboard.
	 */
	private static final String LOCKS = """
			select own.concern as own_concern, j.lock_carried_how, j.lock_carried_from, carried.concern as carried_concern
			  from journey j
			  left join journey_safety_lock own on own.journey_id = j.id
			  left join journey_safety_lock carried on carried.journey_id = j.lock_carried_from
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
			return new AccountJourney(rs.getLong("account_id"), facts(Stage.valueOf(rs.getString("stage")), zone,
					instant(rs.getObject("started_at", OffsetDateTime.class)),
					instant(rs.getObject("stage_entered_at", OffsetDateTime.class)),
					instant(rs.getObject("restarted_at", OffsetDateTime.class)),
					instant(rs.getObject("left_no_contact_at", OffsetDateTime.class)),
					rs.getObject("breakup_date", LocalDate.class), rs.getObject("last_contact_date", LocalDate.class),
					rs.getInt("no_contact_days")));
		}).optional().orElseThrow(() -> new NoSuchElementException("No journey " + journeyId));
	}

	/**
	 * The same facts as {@link #journey(long)}, from a journey already read with its timeline: the
	 * latest change into its stage, back to no contact, and out of no contact, as {@link #JOURNEY}
	 * finds them with its sub-queries. Pages that load the journey anyway spare that statement.
	 */
	static AccountJourney of(Journey journey, ZoneId zone) {
		Instant stageEnteredAt = latest(journey, (change) -> change.getToStage() == journey.getStage());
		Instant restartedAt = latest(journey, (change) -> change.getReason() == StageChangeReason.BACK_TO_NO_CONTACT);
		Instant leftAt = latest(journey, (change) -> change.getFromStage() == Stage.NO_CONTACT);
		return new AccountJourney(journey.getAccountId(), facts(journey.getStage(), zone, journey.getStartedAt(),
				stageEnteredAt, restartedAt, leftAt, journey.getBreakupDate(), journey.getLastContactDate(),
				journey.getNoContactDays()));
	}

	private static Instant latest(Journey journey, Predicate<StageChange> which) {
		return journey.getTimeline()
			.stream()
			.filter(which)
			.map(StageChange::getChangedAt)
			.max(Comparator.naturalOrder())
			.orElse(null);
	}

	private static JourneyFacts facts(Stage stage, ZoneId zone, Instant startedAt, Instant stageEnteredAt,
			Instant restartedAt, Instant leftAt, LocalDate breakupDate, LocalDate lastContactDate, int noContactDays) {
		boolean leftForGood = leftAt != null && stage != Stage.NO_CONTACT
				&& (restartedAt == null || leftAt.isAfter(restartedAt));
		return new JourneyFacts(stage, zone, startedAt, (stageEnteredAt != null) ? stageEnteredAt : startedAt,
				breakupDate, lastContactDate, noContactDays,
				(restartedAt != null) ? restartedAt.atZone(zone).toLocalDate() : null,
				leftForGood ? leftAt.atZone(zone).toLocalDate() : null);
	}

	@Override
	public Locks locks(long journeyId) {
		List<LockRow> rows = this.jdbc.sql(LOCKS)
			.param("journeyId", journeyId)
			.query((rs, row) -> new LockRow(concern(rs.getString("own_concern")), rs.getString("lock_carried_how") != null,
					rs.getObject("lock_carried_from", Long.class), concern(rs.getString("carried_concern"))))
			.list();
		Set<SafetyConcern> own = concerns(rows, LockRow::own);
		Optional<CarriedLock> carried = rows.stream()
			.filter(LockRow::carries)
			.findFirst()
			.map((row) -> new CarriedLock(Optional.ofNullable(row.carriedFrom()), concerns(rows, LockRow::carriedConcern)));
		return new Locks(own, carried);
	}

	private static Set<SafetyConcern> concerns(List<LockRow> rows, Function<LockRow, SafetyConcern> column) {
		return rows.stream().map(column).filter(Objects::nonNull).collect(Collectors.toSet());
	}

	private static SafetyConcern concern(String name) {
		return (name != null) ? SafetyConcern.valueOf(name) : null;
	}

	/**
	 * One row of {@link #LOCKS}: an own concern, whether the journey carries a lock, the journey it
	 * carries one from, and a concern recorded there; each may be null.
	 */
	private record LockRow(SafetyConcern own, boolean carries, Long carriedFrom, SafetyConcern carriedConcern) {
	}

	private static Instant instant(OffsetDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}

}
