package app.rekindle.trust;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import app.rekindle.progression.JourneySnapshot.TrustFacts;
import app.rekindle.progression.TrustFactsSource;

/**
 * Stage 4's facts for the gate, read from trust's tables in one statement: one row per shared
 * activity with its rating (or one row without a rating), each with the apology's delivery day,
 * the commitments made and kept and the boundaries agreed by both.
 */
@Component
class TrustGateFacts implements TrustFactsSource {

	/**
	 * A join from the journey's row, not a union: H2 keeps no parsed union in its statement cache,
	 * so a union would be parsed again for each page.
	 */
	private static final String TRUST = """
			select (select a.delivered_on from trust_apology a where a.journey_id = j.id) as delivered_on,
			       (select count(*) from trust_commitment c where c.journey_id = j.id) as commitments,
			       (select count(*) from trust_commitment c where c.journey_id = j.id and c.state = :kept) as kept,
			       (select count(*) from trust_boundary b where b.journey_id = j.id and b.agreed_by_both) as boundaries,
			       s.rating
			  from journey j left join trust_activity s on s.journey_id = j.id
			 where j.id = :journeyId
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
			.query((rs, row) -> new TrustRow(rs.getObject("delivered_on", LocalDate.class), rs.getInt("commitments"),
					rs.getInt("kept"), rs.getInt("boundaries"), rs.getObject("rating", Integer.class)))
			.list();
		TrustRow facts = rows.stream()
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No trust facts for journey " + journeyId));
		return new TrustFacts(facts.deliveredOn(), facts.commitments(), facts.kept(), facts.boundaries(),
				rows.stream().map(TrustRow::rating).filter(Objects::nonNull).toList());
	}

	/** One row of {@link #TRUST}: the journey's trust figures, and one activity's rating (null without one). */
	private record TrustRow(LocalDate deliveredOn, int commitments, int kept, int boundaries, Integer rating) {
	}

}
