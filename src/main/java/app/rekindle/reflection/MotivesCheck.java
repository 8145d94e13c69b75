package app.rekindle.reflection;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import app.rekindle.privacy.EncryptedTextConverter;

/** The motives check of one journey: why the person wants to reconnect. */
@Entity
@Table(name = "motives_check")
public class MotivesCheck {

	@Id
	@Column(name = "journey_id")
	private Long journeyId;

	@Convert(converter = MotiveSetConverter.class)
	@Column(nullable = false, length = 400)
	private Set<Motive> motives = EnumSet.noneOf(Motive.class);

	@Convert(converter = EncryptedTextConverter.class)
	@Column(length = 10800)
	private String note;

	@Column(name = "answered_at", nullable = false)
	private Instant answeredAt;

	/** Null until first stored, which is how a new answer sheet is told from a changed one. */
	@Version
	private Long version;

	protected MotivesCheck() {
	}

	MotivesCheck(long journeyId) {
		this.journeyId = journeyId;
	}

	void answer(Set<Motive> motives, String note, Instant now) {
		this.motives = EnumSet.copyOf(motives);
		this.note = note;
		this.answeredAt = now;
	}

	public Long getJourneyId() {
		return this.journeyId;
	}

	public Set<Motive> getMotives() {
		return Set.copyOf(this.motives);
	}

	public String getNote() {
		return this.note;
	}

	public Instant getAnsweredAt() {
		return this.answeredAt;
	}

	public boolean isOnlyLonelinessType() {
		return Motive.onlyLonelinessType(this.motives);
	}

}
