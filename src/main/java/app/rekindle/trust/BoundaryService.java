package app.rekindle.trust;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.rekindle.journey.JourneyService;
import app.rekindle.system.NotFoundException;

/** Boundaries: whose each one is, and whether both have agreed to it. */
@Service
public class BoundaryService {

	private final JourneyService journeys;

	private final BoundaryRepository boundaries;

	private final Clock clock;

	BoundaryService(JourneyService journeys, BoundaryRepository boundaries, Clock clock) {
		this.journeys = journeys;
		this.boundaries = boundaries;
		this.clock = clock;
	}

	/** In the order they were written down. */
	@Transactional(readOnly = true)
	public List<Boundary> boundaries(long accountId, long journeyId) {
		this.journeys.owned(accountId, journeyId);
		return this.boundaries.findByJourneyIdOrderByCreatedAtAscIdAsc(journeyId);
	}

	/** Every boundary of every journey of the account, in the order they were written down. */
	@Transactional(readOnly = true)
	public List<Boundary> boundariesOfAccount(long accountId) {
		return this.boundaries.findAllOfAccount(accountId);
	}

	@Transactional(readOnly = true)
	public Boundary boundary(long accountId, long journeyId, long boundaryId) {
		this.journeys.owned(accountId, journeyId);
		return this.boundaries.findByIdAndJourneyId(boundaryId, journeyId)
			.orElseThrow(() -> new NotFoundException("boundary", boundaryId));
	}

	@Transactional
	public Boundary add(long accountId, long journeyId, BoundaryContent content) {
		this.journeys.open(accountId, journeyId, TrustService.CHANGES);
		return this.boundaries.save(new Boundary(journeyId, content, this.clock.instant()));
	}

	@Transactional
	public void update(long accountId, long journeyId, long boundaryId, BoundaryContent content) {
		Boundary boundary = boundary(accountId, journeyId, boundaryId);
		this.journeys.open(accountId, journeyId, TrustService.CHANGES);
		boundary.change(content);
	}

	@Transactional
	public void delete(long accountId, long journeyId, long boundaryId) {
		Boundary boundary = boundary(accountId, journeyId, boundaryId);
		this.journeys.open(accountId, journeyId, TrustService.CHANGES);
		this.boundaries.delete(boundary);
	}

}
