package app.rekindle.trust;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.rekindle.system.NotFoundException;

/** Boundaries: whose each one is, and whether both have agreed to it. */
@Service
public class BoundaryService {

	private final TrustAccess access;

	private final BoundaryRepository boundaries;

	BoundaryService(TrustAccess access, BoundaryRepository boundaries) {
		this.access = access;
		this.boundaries = boundaries;
	}

	/** In the order they were written down. */
	@Transactional(readOnly = true)
	public List<Boundary> boundaries(long accountId, long journeyId) {
		this.access.journey(accountId, journeyId);
		return this.boundaries.findByJourneyIdOrderByCreatedAtAscIdAsc(journeyId);
	}

	/** Every boundary of every journey of the account, in the order they were written down. */
	@Transactional(readOnly = true)
	public List<Boundary> boundariesOfAccount(long accountId) {
		return this.boundaries.findAllOfAccount(accountId);
	}

	@Transactional(readOnly = true)
	public Boundary boundary(long accountId, long journeyId, long boundaryId) {
		this.access.journey(accountId, journeyId);
		return this.boundaries.findByIdAndJourneyId(boundaryId, journeyId)
			.orElseThrow(() -> new NotFoundException("boundary", boundaryId));
	}

	@Transactional
	public Boundary add(long accountId, long journeyId, BoundaryContent content) {
		this.access.editableJourney(accountId, journeyId);
		return this.boundaries.save(new Boundary(journeyId, content, this.access.now()));
	}

	@Transactional
	public void update(long accountId, long journeyId, long boundaryId, BoundaryContent content) {
		Boundary boundary = boundary(accountId, journeyId, boundaryId);
		this.access.editableJourney(accountId, journeyId);
		boundary.change(content);
	}

	@Transactional
	public void delete(long accountId, long journeyId, long boundaryId) {
		Boundary boundary = boundary(accountId, journeyId, boundaryId);
		this.access.editableJourney(accountId, journeyId);
		this.boundaries.delete(boundary);
	}

}
