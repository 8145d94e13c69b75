package app.rekindle.trust;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.rekindle.journey.JourneyService;
import app.rekindle.journey.StageAccess;
import app.rekindle.progression.Stage;
import app.rekindle.reflection.EntryKind;
import app.rekindle.reflection.ReflectionEntry;
import app.rekindle.reflection.ReflectionService;

/**
 * Stage 4 as a whole, and its apology. Every call names the account and the journey, and finds
 * nothing of another account. Rebuilding trust can be changed while the journey is in
 * REBUILDING_TRUST and read at any time.
 */
@Service
public class TrustService {

	/** The apology, commitments, boundaries and activities can be changed while the journey is rebuilding trust. */
	public static final StageAccess CHANGES = StageAccess.inStage(Stage.REBUILDING_TRUST);

	private final JourneyService journeys;

	private final ReflectionService reflection;

	private final ApologyRepository apologies;

	private final CommitmentRepository commitments;

	private final BoundaryRepository boundaries;

	private final SharedActivityRepository activities;

	private final Clock clock;

	TrustService(JourneyService journeys, ReflectionService reflection, ApologyRepository apologies,
			CommitmentRepository commitments, BoundaryRepository boundaries, SharedActivityRepository activities,
			Clock clock) {
		this.journeys = journeys;
		this.reflection = reflection;
		this.apologies = apologies;
		this.commitments = commitments;
		this.boundaries = boundaries;
		this.activities = activities;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public TrustSummary summary(long accountId, long journeyId) {
		this.journeys.owned(accountId, journeyId);
		return new TrustSummary(this.apologies.findById(journeyId).orElse(null),
				CommitmentTally.of(this.commitments.findStatesByJourneyId(journeyId)),
				this.boundaries.countByJourneyId(journeyId),
				this.boundaries.countByJourneyIdAndAgreedByBothTrue(journeyId),
				RatingTally.of(this.activities.findRatingsByJourneyId(journeyId)));
	}

	@Transactional(readOnly = true)
	public Optional<Apology> apology(long accountId, long journeyId) {
		this.journeys.owned(accountId, journeyId);
		return this.apologies.findById(journeyId);
	}

	/** The apologies of every journey of the account (at most one per journey). */
	@Transactional(readOnly = true)
	public List<Apology> apologiesOfAccount(long accountId) {
		return this.apologies.findAllOfAccount(accountId);
	}

	/** The person's own mistakes from reflection, which the apology can draw on. */
	@Transactional(readOnly = true)
	public List<ReflectionEntry> ownMistakes(long accountId, long journeyId) {
		return this.reflection.entries(accountId, journeyId, EntryKind.MISTAKE);
	}

	/** Saves the apology; ticked ids that are not this journey's own mistakes are left out. */
	@Transactional
	public Apology saveApology(long accountId, long journeyId, ApologyContent content) {
		this.journeys.open(accountId, journeyId, CHANGES);
		Set<Long> mistakes = ownMistakes(accountId, journeyId).stream()
			.map(ReflectionEntry::getId)
			.collect(Collectors.toSet());
		Set<Long> covered = content.coveredMistakes()
			.stream()
			.filter(mistakes::contains)
			.collect(Collectors.toSet());
		Apology apology = this.apologies.findById(journeyId).orElseGet(() -> new Apology(journeyId));
		apology.change(new ApologyContent(content.whatIDid(), content.thatItWasMine(), content.whatIWillDo(),
				content.howYouWillSee(), covered, content.deliveredOn()), this.clock.instant());
		return this.apologies.save(apology);
	}

}
