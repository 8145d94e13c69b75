package app.rekindle.trust;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import app.rekindle.privacy.EncryptedTextConverter;

/** The apology of one journey, in four parts, drafted over time; delivered once a date is set. */
@Entity
@Table(name = "trust_apology")
public class Apology {

	@Id
	@Column(name = "journey_id")
	private Long journeyId;

	@Convert(converter = EncryptedTextConverter.class)
	@Column(name = "what_i_did", length = 10800)
	private String whatIDid;

	@Convert(converter = EncryptedTextConverter.class)
	@Column(name = "that_it_was_mine", length = 10800)
	private String thatItWasMine;

	@Convert(converter = EncryptedTextConverter.class)
	@Column(name = "what_i_will_do", length = 10800)
	private String whatIWillDo;

	@Convert(converter = EncryptedTextConverter.class)
	@Column(name = "how_you_will_see", length = 10800)
	private String howYouWillSee;

	@Convert(converter = IdSetConverter.class)
	@Column(name = "covered_mistakes", nullable = false, length = 4000)
	private Set<Long> coveredMistakes = new TreeSet<>();

	@Column(name = "delivered_on")
	private LocalDate deliveredOn;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	/** Null until first stored, which is how a new apology is told from a changed one. */
	@Version
	private Long version;

	protected Apology() {
	}

	Apology(long journeyId) {
		this.journeyId = journeyId;
	}

	void change(ApologyContent content, Instant now) {
		this.whatIDid = content.whatIDid();
		this.thatItWasMine = content.thatItWasMine();
		this.whatIWillDo = content.whatIWillDo();
		this.howYouWillSee = content.howYouWillSee();
		this.coveredMistakes = new TreeSet<>(content.coveredMistakes());
		this.deliveredOn = content.deliveredOn();
		this.updatedAt = now;
	}

	public Long getJourneyId() {
		return this.journeyId;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public String getWhatIDid() {
		return this.whatIDid;
	}

	public String getThatItWasMine() {
		return this.thatItWasMine;
	}

	public String getWhatIWillDo() {
		return this.whatIWillDo;
	}

	public String getHowYouWillSee() {
		return this.howYouWillSee;
	}

	public Set<Long> getCoveredMistakes() {
		return Set.copyOf(this.coveredMistakes);
	}

	public LocalDate getDeliveredOn() {
		return this.deliveredOn;
	}

	public boolean isDelivered() {
		return this.deliveredOn != null;
	}

	/** How many of the four parts have been written. */
	public int partsWritten() {
		int written = 0;
		for (String part : new String[] { this.whatIDid, this.thatItWasMine, this.whatIWillDo, this.howYouWillSee }) {
			if (part != null) {
				written++;
			}
		}
		return written;
	}

}
