package app.rekindle.nocontact;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A moment the person wanted to text them and paused instead, with how strong the pull was. */
@Entity
@Table(name = "urge_event")
public class UrgeEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "account_id", nullable = false, updatable = false)
	private Long accountId;

	@Column(name = "journey_id", nullable = false, updatable = false)
	private Long journeyId;

	@Column(name = "felt_at", nullable = false, updatable = false)
	private Instant feltAt;

	@Column(nullable = false, updatable = false)
	private int strength;

	protected UrgeEvent() {
	}

	UrgeEvent(long accountId, long journeyId, Instant feltAt, int strength) {
		this.accountId = accountId;
		this.journeyId = journeyId;
		this.feltAt = feltAt;
		this.strength = strength;
	}

	public Long getJourneyId() {
		return this.journeyId;
	}

	public Instant getFeltAt() {
		return this.feltAt;
	}

	public int getStrength() {
		return this.strength;
	}

}
