package app.rekindle.journey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import app.rekindle.privacy.EncryptedTextConverter;
import app.rekindle.progression.Stage;

/**
 * One attempt at reconnecting with one person: the setup, the current stage and the timeline of
 * every change. What each stage records lives in that stage's own module.
 */
@Entity
@Table(name = "journey")
public class Journey {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "account_id", nullable = false, updatable = false)
	private Long accountId;

	/** The account id while active, null once ended: the unique key behind "one active journey". */
	@Column(name = "active_account_id")
	private Long activeAccountId;

	@Convert(converter = EncryptedTextConverter.class)
	@Column(nullable = false, length = 300)
	private String nickname;

	@Column(name = "breakup_date", nullable = false)
	private LocalDate breakupDate;

	@Column(name = "last_contact_date", nullable = false)
	private LocalDate lastContactDate;

	@Column(name = "no_contact_days", nullable = false)
	private int noContactDays;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Stage stage;

	@Column(name = "started_at", nullable = false, updatable = false)
	private Instant startedAt;

	@Column(name = "ended_at")
	private Instant endedAt;

	/** The earlier journey whose safety lock this one carries, when it is with the same person. */
	@Column(name = "lock_carried_from")
	private Long lockCarriedFrom;

	/** Why this journey carries an earlier lock; set at the start (or before reaching out), never cleared. */
	@Enumerated(EnumType.STRING)
	@Column(name = "lock_carried_how", length = 20)
	private SamePersonReason lockCarriedHow;

	@Version
	private long version;

	@OneToMany(mappedBy = "journey", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("changedAt ASC, id ASC")
	private List<StageChange> timeline = new ArrayList<>();

	protected Journey() {
	}

	static Journey start(long accountId, JourneySetup setup, Instant now) {
		Journey journey = new Journey();
		journey.accountId = accountId;
		journey.activeAccountId = accountId;
		journey.nickname = setup.nickname();
		journey.breakupDate = setup.breakupDate();
		journey.lastContactDate = setup.lastContactDate();
		journey.noContactDays = setup.noContactDays();
		journey.stage = Stage.REFLECTION;
		journey.startedAt = now;
		journey.timeline.add(new StageChange(journey, null, Stage.REFLECTION, now, StageChangeReason.STARTED, null));
		return journey;
	}

	/**
	 * Keeps reaching out closed on this journey, as it closed on the given earlier journey with the
	 * same person. A lock carried once stays; a second one changes nothing.
	 */
	void carryLock(long earlierJourneyId, SamePersonReason how) {
		if (this.lockCarriedHow == null) {
			this.lockCarriedFrom = earlierJourneyId;
			this.lockCarriedHow = how;
		}
	}

	/** Moves to the next stage; the caller has checked the gate. */
	void advance(Instant now) {
		Stage next = this.stage.next()
			.filter((stage) -> isActive())
			.orElseThrow(() -> new IllegalStateException("Journey " + this.id + " cannot advance from " + this.stage));
		changeStage(next, now, StageChangeReason.GATE_PASSED, null);
	}

	/** From reaching out back to no contact: a real step back, and the no-contact count starts again. */
	void backToNoContact(Instant now) {
		if (!isActive() || this.stage != Stage.REACHING_OUT) {
			throw new IllegalStateException("Journey " + this.id + " is not reaching out");
		}
		changeStage(Stage.NO_CONTACT, now, StageChangeReason.BACK_TO_NO_CONTACT, null);
	}

	/** Ends the trial, and the journey, with the two of them back together. */
	void reconcile(Instant now, String note) {
		if (!isActive() || this.stage != Stage.TRIAL_PERIOD) {
			throw new IllegalStateException("Journey " + this.id + " is not in its trial period");
		}
		this.timeline.add(new StageChange(this, this.stage, this.stage, now, StageChangeReason.RECONCILED, note));
		this.endedAt = now;
		this.activeAccountId = null;
	}

	/** Ends the journey by moving on, by choice or because a safety lock closed the path. */
	void moveOn(Instant now, StageChangeReason reason, String note) {
		if (!isActive()) {
			throw new IllegalStateException("Journey " + this.id + " has already ended");
		}
		changeStage(Stage.MOVING_ON, now, reason, note);
		this.endedAt = now;
		this.activeAccountId = null;
	}

	private void changeStage(Stage to, Instant now, StageChangeReason reason, String note) {
		this.timeline.add(new StageChange(this, this.stage, to, now, reason, note));
		this.stage = to;
	}

	public boolean isActive() {
		return this.endedAt == null;
	}

	public Long getId() {
		return this.id;
	}

	public Long getAccountId() {
		return this.accountId;
	}

	public String getNickname() {
		return this.nickname;
	}

	public LocalDate getBreakupDate() {
		return this.breakupDate;
	}

	public LocalDate getLastContactDate() {
		return this.lastContactDate;
	}

	public int getNoContactDays() {
		return this.noContactDays;
	}

	public Stage getStage() {
		return this.stage;
	}

	public Instant getStartedAt() {
		return this.startedAt;
	}

	public Instant getEndedAt() {
		return this.endedAt;
	}

	/** Whether reaching out stays closed because an earlier journey with the same person closed it. */
	public boolean carriesLock() {
		return this.lockCarriedHow != null;
	}

	public Long getLockCarriedFrom() {
		return this.lockCarriedFrom;
	}

	public SamePersonReason getLockCarriedHow() {
		return this.lockCarriedHow;
	}

	/** Whether the journey was ever in the stage, now or before: only then can it hold that stage's records. */
	public boolean reached(Stage stage) {
		return this.stage == stage || this.timeline.stream().anyMatch((change) -> change.getToStage() == stage);
	}

	public List<StageChange> getTimeline() {
		return Collections.unmodifiableList(this.timeline);
	}

	/** The entry that brought the journey into its current stage. */
	public StageChange latestChange() {
		return this.timeline.get(this.timeline.size() - 1);
	}

}
