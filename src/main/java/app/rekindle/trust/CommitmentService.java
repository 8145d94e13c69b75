package app.rekindle.trust;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;


/** Commitments: small, concrete promises, each kept, broken or still pending. */
@Service
public class CommitmentService {

	private final TrustAccess access;

	private final CommitmentRepository commitments;

	CommitmentService(TrustAccess access, CommitmentRepository commitments) {
		this.access = access;
		this.commitments = commitments;
	}

	/** Soonest due first. */
	@Transactional(readOnly = true)
	public List<Commitment> commitments(long accountId, long journeyId) {
		this.access.journey(accountId, journeyId);
		return this.commitments.findByJourneyIdOrderByDueOnAscIdAsc(journeyId);
	}

	/** Every commitment of every journey of the account, soonest due first within each journey. */
	@Transactional(readOnly = true)
	public List<Commitment> commitmentsOfAccount(long accountId) {
		return this.commitments.findAllOfAccount(accountId);
	}

	@Transactional(readOnly = true)
	public Commitment commitment(long accountId, long journeyId, long commitmentId) {
		this.access.journey(accountId, journeyId);
		return this.commitments.findByIdAndJourneyId(commitmentId, journeyId)
			.orElseThrow(() -> new TrustItemNotFoundException("commitment", commitmentId));
	}

	@Transactional
	public Commitment add(long accountId, long journeyId, String promise, LocalDate dueOn, CommitmentState state) {
		this.access.editableJourney(accountId, journeyId);
		return this.commitments.save(new Commitment(journeyId, promise, dueOn, state, this.access.now()));
	}

	@Transactional
	public void changeState(long accountId, long journeyId, long commitmentId, CommitmentState state) {
		Commitment commitment = commitment(accountId, journeyId, commitmentId);
		this.access.editableJourney(accountId, journeyId);
		commitment.changeState(state);
	}

	@Transactional
	public void delete(long accountId, long journeyId, long commitmentId) {
		Commitment commitment = commitment(accountId, journeyId, commitmentId);
		this.access.editableJourney(accountId, journeyId);
		this.commitments.delete(commitment);
	}

}
