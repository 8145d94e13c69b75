package app.rekindle.checkin;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import app.rekindle.progression.CheckInFactsSource;
import app.rekindle.progression.Contact;
import app.rekindle.progression.JourneySnapshot.NoContactFacts;

/**
 * An account's check-ins for the gate, read from the check-in table in one statement: the day,
 * the urge, and what the rules read in the answer about contact.
 */
@Component
class CheckInGateFacts implements CheckInFactsSource {

	private static final String CHECK_INS = """
			select c.check_in_day, c.urge, c.contact from check_in c
			 where c.account_id = :accountId and c.check_in_day >= :from
			 order by c.check_in_day
			""";

	private final JdbcClient jdbc;

	CheckInGateFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<NoContactFacts.CheckIn> checkInsFrom(long accountId, LocalDate from) {
		return this.jdbc.sql(CHECK_INS)
			.param("accountId", accountId)
			.param("from", from)
			.query((rs, row) -> new NoContactFacts.CheckIn(rs.getObject("check_in_day", LocalDate.class), rs.getInt("urge"),
					forTheRules(ContactKind.valueOf(rs.getString("contact")))))
			.list();
	}

	/** What the gate's rules read in an answer about contact: practical contact counts as none. */
	static Contact forTheRules(ContactKind answer) {
		return switch (answer) {
			case NONE, PRACTICAL -> Contact.NONE;
			case I_REACHED_OUT -> Contact.I_REACHED_OUT;
			case THEY_REACHED_OUT -> Contact.THEY_REACHED_OUT;
		};
	}

}
