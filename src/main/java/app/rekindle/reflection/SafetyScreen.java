package app.rekindle.reflection;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The latest answers to the safety screen of one journey. Answers can change; the locks they
 * set are kept by the journey and never lift.
 */
@Entity
@Table(name = "safety_screen")
public class SafetyScreen {

	@Id
	@Column(name = "journey_id")
	private Long journeyId;

	private boolean violence;

	private boolean threats;

	private boolean controlling;

	private boolean fear;

	@Column(name = "protective_order")
	private boolean protectiveOrder;

	@Column(name = "asked_no_contact")
	private boolean askedForNoContact;

	private boolean blocked;

	@Column(name = "new_relationship")
	private boolean newRelationship;

	@Column(name = "answered_at", nullable = false)
	private Instant answeredAt;

	/** Null until first stored, which is how a new answer sheet is told from a changed one. */
	@Version
	private Long version;

	protected SafetyScreen() {
	}

	SafetyScreen(long journeyId) {
		this.journeyId = journeyId;
	}

	void answer(SafetyAnswers answers, Instant now) {
		this.violence = answers.violence();
		this.threats = answers.threats();
		this.controlling = answers.controlling();
		this.fear = answers.fear();
		this.protectiveOrder = answers.protectiveOrder();
		this.askedForNoContact = answers.askedForNoContact();
		this.blocked = answers.blocked();
		this.newRelationship = answers.newRelationship();
		this.answeredAt = now;
	}

	public Long getJourneyId() {
		return this.journeyId;
	}

	public SafetyAnswers answers() {
		return new SafetyAnswers(this.violence, this.threats, this.controlling, this.fear, this.protectiveOrder,
				this.askedForNoContact, this.blocked, this.newRelationship);
	}

	public Instant getAnsweredAt() {
		return this.answeredAt;
	}

}
