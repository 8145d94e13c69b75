package app.rekindle.progression;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import app.rekindle.progression.JourneySnapshot.CarriedLockFacts;
import app.rekindle.progression.JourneySnapshot.JourneyFacts;
import app.rekindle.progression.JourneySnapshot.NoContactFacts;
import app.rekindle.progression.JourneySnapshot.NoContactFacts.CheckIn;
import app.rekindle.progression.JourneySnapshot.OutreachFacts;
import app.rekindle.progression.JourneySnapshot.OutreachFacts.SentMessage;
import app.rekindle.progression.JourneySnapshot.ReflectionFacts;
import app.rekindle.progression.JourneySnapshot.TrialFacts;
import app.rekindle.progression.JourneySnapshot.TrustFacts;

/**
 * Reads a journey's snapshot from the database with read-only SQL: one query per kind of fact,
 * however much a person has written, so the number of statements per evaluation stays fixed for
 * each stage.
 * The rules depend on the tables, not on the stage modules' classes, which keeps the modules free
 * of cycles (the stage modules show the gate; the gate never calls them).
 */
@Component
class JourneySnapshotAssembler {

	private static final String JOURNEY_FACTS = """
			select j.stage, a.time_zone, j.started_at, j.breakup_date, j.last_contact_date, j.no_contact_days,
			       (select max(c.changed_at) from journey_stage_change c
			         where c.journey_id = j.id and c.to_stage = j.stage) as stage_entered_at,
			       (select max(c.changed_at) from journey_stage_change c
			         where c.journey_id = j.id and c.reason = 'BACK_TO_NO_CONTACT') as restarted_at,
			       (select max(c.changed_at) from journey_stage_change c
			         where c.journey_id = j.id and c.from_stage = 'NO_CONTACT') as left_no_contact_at
			  from journey j join account a on a.id = j.account_id
			 where j.id = :journeyId
			""";

	private static final String REFLECTION_FACTS = """
			select (select count(*) from reflection_entry e where e.journey_id = :journeyId and e.kind = 'CAUSE') as causes,
			       (select count(*) from reflection_entry e where e.journey_id = :journeyId and e.kind = 'MISTAKE'
			           and e.plan is not null) as mistakes,
			       (select count(*) from reflection_entry e where e.journey_id = :journeyId and e.kind = 'TRIGGER') as triggers,
			       (select count(*) from motives_check m where m.journey_id = :journeyId) as motives,
			       (select count(*) from safety_screen s where s.journey_id = :journeyId) as safety
			""";

	/** Check-ins count from the day the journey began; earlier ones belong to the account, not to it. */
	private static final String CHECK_INS = """
			select c.check_in_day, c.urge, c.contact from check_in c
			 where c.account_id = (select j.account_id from journey j where j.id = :journeyId) and c.check_in_day >= :from
			 order by c.check_in_day
			""";

	private static final String GOALS_WITH_PROGRESS = """
			select count(distinct g.id) from growth_goal g join goal_progress p on p.goal_id = g.id
			 where g.journey_id = :journeyId
			""";

	private static final String SENT_MESSAGES = """
			select d.sent_at, d.reply, d.replied_at from outreach_draft d
			 where d.journey_id = :journeyId and d.sent_at is not null
			""";

	private static final String CONVERSATION_RATINGS = "select rating from outreach_conversation where journey_id = :journeyId";

	private static final String TRIAL_START = "select started_on from trial_period where journey_id = :journeyId";

	private static final String TRIAL_CHECKPOINTS = "select day_mark from trial_checkpoint where journey_id = :journeyId";

	/**
	 * All of stage 4 in one statement: a first row with the apology's delivery day and the count
	 * of boundaries agreed by both, then one row per commitment (its state) and one per shared
	 * activity (its rating).
	 */
	private static final String TRUST_FACTS = """
			select 'FACTS' as fact,
			       (select a.delivered_on from trust_apology a where a.journey_id = :journeyId) as delivered_on,
			       (select count(*) from trust_boundary b where b.journey_id = :journeyId and b.agreed_by_both) as boundaries,
			       cast(null as varchar(10)) as state, cast(null as integer) as rating
			union all
			select 'COMMITMENT', null, null, c.state, null from trust_commitment c where c.journey_id = :journeyId
			union all
			select 'ACTIVITY', null, null, null, s.rating from trust_activity s where s.journey_id = :journeyId
			""";

	/**
	 * The journey's own locks, and in the same statement any lock it carries over from an earlier
	 * journey with the same person: a 'CARRIED' row when it carries one, then that journey's
	 * recorded concerns and the replies logged on its sent messages.
	 */
	private static final String SAFETY_CONCERNS = """
			select 'OWN' as source, l.concern as val from journey_safety_lock l where l.journey_id = :journeyId
			union all
			select 'CARRIED', j.lock_carried_how from journey j where j.id = :journeyId and j.lock_carried_how is not null
			union all
			select 'CARRIED_CONCERN', l.concern from journey j join journey_safety_lock l on l.journey_id = j.lock_carried_from
			 where j.id = :journeyId
			union all
			select 'CARRIED_REPLY', d.reply from journey j join outreach_draft d on d.journey_id = j.lock_carried_from
			 where j.id = :journeyId and d.sent_at is not null
			""";

	private final JdbcClient jdbc;

	JourneySnapshotAssembler(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The journey, its check-ins (the no-contact count runs in every stage) and its safety locks,
	 * plus the facts the current stage's gate reads. Facts of other stages stay empty: no gate
	 * reads them, and leaving them out keeps each page to a few statements.
	 */
	JourneySnapshot assemble(long journeyId) {
		JourneyFacts journey = journeyFacts(journeyId);
		List<CheckIn> checkIns = checkIns(journeyId, journey.startedOn());
		List<SafetyRow> safety = safetyRows(journeyId);
		JourneySnapshot snapshot = JourneySnapshot.of(journey)
			.with(new NoContactFacts(checkIns, 0))
			.with(ownConcerns(safety))
			.with(carriedLock(safety));
		return switch (journey.stage()) {
			case REFLECTION -> snapshot.with(reflectionFacts(journeyId));
			case NO_CONTACT -> snapshot.with(new NoContactFacts(checkIns, goalsWithProgress(journeyId)));
			case REACHING_OUT -> snapshot.with(outreachFacts(journeyId));
			case REBUILDING_TRUST -> snapshot.with(trustFacts(journeyId));
			case TRIAL_PERIOD -> snapshot.with(trialFacts(journeyId));
			case MOVING_ON -> snapshot;
		};
	}

	private List<CheckIn> checkIns(long journeyId, LocalDate from) {
		return this.jdbc.sql(CHECK_INS)
			.param("journeyId", journeyId)
			.param("from", from)
			.query((rs, row) -> new CheckIn(rs.getObject("check_in_day", LocalDate.class), rs.getInt("urge"),
					ContactKind.valueOf(rs.getString("contact"))))
			.list();
	}

	private OutreachFacts outreachFacts(long journeyId) {
		List<SentMessage> sent = this.jdbc.sql(SENT_MESSAGES)
			.param("journeyId", journeyId)
			.query((rs, row) -> new SentMessage(instant(rs.getObject("sent_at", OffsetDateTime.class)),
					ReplyKind.valueOf(rs.getString("reply")), instant(rs.getObject("replied_at", OffsetDateTime.class))))
			.list();
		List<Integer> ratings = this.jdbc.sql(CONVERSATION_RATINGS).param("journeyId", journeyId).query(Integer.class).list();
		return new OutreachFacts(sent, ratings);
	}

	private TrialFacts trialFacts(long journeyId) {
		LocalDate start = this.jdbc.sql(TRIAL_START).param("journeyId", journeyId).query(LocalDate.class).optional().orElse(null);
		Set<Integer> reviewed = this.jdbc.sql(TRIAL_CHECKPOINTS).param("journeyId", journeyId).query(Integer.class).set();
		return new TrialFacts(start, reviewed);
	}

	private int goalsWithProgress(long journeyId) {
		return this.jdbc.sql(GOALS_WITH_PROGRESS).param("journeyId", journeyId).query(Integer.class).single();
	}

	private ReflectionFacts reflectionFacts(long journeyId) {
		return this.jdbc.sql(REFLECTION_FACTS)
			.param("journeyId", journeyId)
			.query((rs, row) -> new ReflectionFacts(rs.getInt("causes"), rs.getInt("mistakes"), rs.getInt("triggers"),
					rs.getInt("motives") > 0, rs.getInt("safety") > 0))
			.single();
	}

	private TrustFacts trustFacts(long journeyId) {
		List<TrustRow> rows = this.jdbc.sql(TRUST_FACTS)
			.param("journeyId", journeyId)
			.query((rs, row) -> new TrustRow(rs.getString("fact"), rs.getObject("delivered_on", LocalDate.class),
					rs.getInt("boundaries"), rs.getString("state"), rs.getInt("rating")))
			.list();
		TrustRow facts = rows.stream()
			.filter((row) -> row.fact().equals("FACTS"))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No trust facts for journey " + journeyId));
		return new TrustFacts(facts.deliveredOn(),
				rows.stream().filter((row) -> row.fact().equals("COMMITMENT")).map((row) -> CommitmentState.valueOf(row.state())).toList(),
				facts.boundaries(),
				rows.stream().filter((row) -> row.fact().equals("ACTIVITY")).map(TrustRow::rating).toList());
	}

	private List<SafetyRow> safetyRows(long journeyId) {
		return this.jdbc.sql(SAFETY_CONCERNS)
			.param("journeyId", journeyId)
			.query((rs, row) -> new SafetyRow(rs.getString("source"), rs.getString("val")))
			.list();
	}

	private static Set<SafetyConcern> ownConcerns(List<SafetyRow> rows) {
		return rows.stream()
			.filter((row) -> row.source().equals("OWN"))
			.map((row) -> SafetyConcern.valueOf(row.value()))
			.collect(Collectors.toSet());
	}

	private static CarriedLockFacts carriedLock(List<SafetyRow> rows) {
		if (rows.stream().noneMatch((row) -> row.source().equals("CARRIED"))) {
			return CarriedLockFacts.NONE;
		}
		return new CarriedLockFacts(true,
				rows.stream()
					.filter((row) -> row.source().equals("CARRIED_CONCERN"))
					.map((row) -> SafetyConcern.valueOf(row.value()))
					.collect(Collectors.toSet()),
				rows.stream()
					.filter((row) -> row.source().equals("CARRIED_REPLY"))
					.map((row) -> ReplyKind.valueOf(row.value()))
					.toList());
	}

	/** One row of {@link #SAFETY_CONCERNS}: where it comes from, and the concern or reply it names. */
	private record SafetyRow(String source, String value) {
	}

	private JourneyFacts journeyFacts(long journeyId) {
		return this.jdbc.sql(JOURNEY_FACTS).param("journeyId", journeyId).query((rs, row) -> {
			ZoneId zone = ZoneId.of(rs.getString("time_zone"));
			Instant startedAt = instant(rs.getObject("started_at", OffsetDateTime.class));
			Instant stageEnteredAt = instant(rs.getObject("stage_entered_at", OffsetDateTime.class));
			Instant restartedAt = instant(rs.getObject("restarted_at", OffsetDateTime.class));
			Instant leftAt = instant(rs.getObject("left_no_contact_at", OffsetDateTime.class));
			Stage stage = Stage.valueOf(rs.getString("stage"));
			boolean leftForGood = leftAt != null && stage != Stage.NO_CONTACT
					&& (restartedAt == null || leftAt.isAfter(restartedAt));
			return new JourneyFacts(stage, zone, startedAt, (stageEnteredAt != null) ? stageEnteredAt : startedAt,
					rs.getObject("breakup_date", LocalDate.class), rs.getObject("last_contact_date", LocalDate.class),
					rs.getInt("no_contact_days"), (restartedAt != null) ? restartedAt.atZone(zone).toLocalDate() : null,
					leftForGood ? leftAt.atZone(zone).toLocalDate() : null);
		}).optional().orElseThrow(() -> new NoSuchElementException("No journey " + journeyId));
	}

	/** One row of {@link #TRUST_FACTS}: which fact it carries, and the columns that fact fills. */
	private record TrustRow(String fact, LocalDate deliveredOn, int boundaries, String state, int rating) {
	}

	private static Instant instant(OffsetDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}

}
