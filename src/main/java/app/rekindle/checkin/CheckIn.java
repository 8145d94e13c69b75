package app.rekindle.checkin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import app.rekindle.privacy.EncryptedTextConverter;

/**
 * One day's check-in. There is at most one per account and local day; checking in again the same
 * day replaces the answers, so the last word of the day counts (no version column: nothing a
 * person wrote is merged, each save is whole).
 */
@Entity
@Table(name = "check_in")
public class CheckIn {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "account_id", nullable = false, updatable = false)
	private Long accountId;

	@Column(name = "check_in_day", nullable = false, updatable = false)
	private LocalDate day;

	@Column(nullable = false)
	private int mood;

	@Column(nullable = false)
	private int urge;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ContactKind contact;

	@Convert(converter = SelfCareSetConverter.class)
	@Column(name = "self_care", nullable = false, length = 300)
	private Set<SelfCare> selfCare = EnumSet.noneOf(SelfCare.class);

	@Convert(converter = EncryptedTextConverter.class)
	@Column(name = "other_self_care", length = 700)
	private String otherSelfCare;

	@Convert(converter = EncryptedTextConverter.class)
	@Column(length = 10800)
	private String note;

	@Column(nullable = false)
	private boolean late;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected CheckIn() {
	}

	static CheckIn create(long accountId, CheckInAnswers answers, boolean late, Instant now) {
		CheckIn checkIn = new CheckIn();
		checkIn.accountId = accountId;
		checkIn.day = answers.day();
		checkIn.late = late;
		checkIn.createdAt = now;
		checkIn.answer(answers, now);
		return checkIn;
	}

	void answer(CheckInAnswers answers, Instant now) {
		this.mood = answers.mood();
		this.urge = answers.urge();
		this.contact = answers.contact();
		this.selfCare = answers.selfCare().isEmpty() ? EnumSet.noneOf(SelfCare.class) : EnumSet.copyOf(answers.selfCare());
		this.otherSelfCare = answers.otherSelfCare();
		this.note = answers.note();
		this.updatedAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public LocalDate getDay() {
		return this.day;
	}

	public int getMood() {
		return this.mood;
	}

	public int getUrge() {
		return this.urge;
	}

	public ContactKind getContact() {
		return this.contact;
	}

	public Set<SelfCare> getSelfCare() {
		return Set.copyOf(this.selfCare);
	}

	public String getOtherSelfCare() {
		return this.otherSelfCare;
	}

	public String getNote() {
		return this.note;
	}

	public boolean isLate() {
		return this.late;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
