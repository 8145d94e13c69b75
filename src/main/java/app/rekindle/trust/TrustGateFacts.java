package app.rekindle.trust;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import app.rekindle.progression.JourneySnapshot.TrustFacts;
import app.rekindle.progression.TrustFactsSource;

/**
 * Stage 4's facts for the gate, read from trust's tables in one statement: a first row with the
 * apology's delivery day, the commitments made and kept and the boundaries agreed by both, then
 * one row per shared activity with its rating.
 */
@Component
class TrustGateFacts implements TrustFactsSource {

	private static final String TRUST = """
			select 'FACTS' as fact,
			       (select a.delivered_on from trust_apology a where a.journey_id = :journeyId) as delivered_on,
			       (select count(*) from trust_commitment c where c.journey_id = :journeyId) as commitments,
			       (select count(*) from trust_commitment c where c.journey_id = :journeyId and c.state = :kept) as kept,
			       (select count(*) from trust_boundary b where b.journey_id = :journeyId and b.agreed_by_both) as boundaries,
			       cast(null as integer) as rating
			union all
			select 'ACTIVITY', null, null, null, null, s.rating from trust_activity s where s.journey_id = :journeyId
			""";

	private final JdbcClient jdbc;

	TrustGateFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public TrustFacts trustFacts(long journeyId) {
		List<TrustRow> rows = this.jdbc.sql(TRUST)
			.param("journeyId", journeyId)
			.param("kept", CommitmentState.KEPT.name())
			.query((rs, row) -> new TrustRow(rs.getString("fact"), rs.getObject("delivered_on", LocalDate.class),
					rs.getInt("commitments"), rs.getInt("kept"), rs.getInt("boundaries"), rs.getInt("rating")))
			.list();
		TrustRow facts = rows.stream()
			.filter((row) -> row.fact().equals("FACTS"))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No trust facts for journey " + journeyId));
		return new TrustFacts(facts.deliveredOn(), facts.commitments(), facts.kept(), facts.boundaries(),
				rows.stream().filter((row) -> row.fact().equals("ACTIVITY")).map(TrustRow::rating).toList());
	}

	/** One row of {@link #TRUST}: which fact it carries, and the columns that fact fills. */
	private record TrustRow(String fact, LocalDate deliveredOn, int commitments, int kept, int boundaries, int rating) {
	}

}
