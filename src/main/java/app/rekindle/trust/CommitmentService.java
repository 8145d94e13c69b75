package app.rekindle.trust;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.rekindle.journey.JourneyService;
import app.rekindle.system.NotFoundException;

/** Commitments: small, concrete promises, each kept, broken or still pending. */
@Service
public class CommitmentService {

	private final JourneyService journeys;

	private final CommitmentRepository commitments;

	private final Clock clock;

	CommitmentService(JourneyService journeys, CommitmentRepository commitments, Clock clock) {
		this.journeys = journeys;
		this.commitments = commitments;
		this.clock = clock;
	}

	/** Soonest due first. */
	@Transactional(readOnly = true)
	public List<Commitment> commitments(long accountId, long journeyId) {
		this.journeys.owned(accountId, journeyId);
		return this.commitments.findByJourneyIdOrderByDueOnAscIdAsc(journeyId);
	}

	/** Every commitment of every journey of the account, soonest due first within each journey. */
	@Transactional(readOnly = true)
	public List<Commitment> commitmentsOfAccount(long accountId) {
		return this.commitments.findAllOfAccount(accountId);
	}

	@Transactional(readOnly = true)
	public Commitment commitment(long accountId, long journeyId, long commitmentId) {
		this.journeys.owned(accountId, journeyId);
		return this.commitments.findByIdAndJourneyId(commitmentId, journeyId)
			.orElseThrow(() -> new NotFoundException("commitment", commitmentId));
	}

	@Transactional
	public Commitment add(long accountId, long journeyId, String promise, LocalDate dueOn, CommitmentState state) {
		this.journeys.open(accountId, journeyId, TrustService.CHANGES);
		return this.commitments.save(new Commitment(journeyId, promise, dueOn, state, this.clock.instant()));
	}

	@Transactional
	public void changeState(long accountId, long journeyId, long commitmentId, CommitmentState state) {
		Commitment commitment = commitment(accountId, journeyId, commitmentId);
		this.journeys.open(accountId, journeyId, TrustService.CHANGES);
		commitment.changeState(state);
	}

	@Transactional
	public void delete(long accountId, long journeyId, long commitmentId) {
		Commitment commitment = commitment(accountId, journeyId, commitmentId);
		this.journeys.open(accountId, journeyId, TrustService.CHANGES);
		this.commitments.delete(commitment);
	}

}
