package app.rekindle.trust;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.rekindle.journey.JourneyService;
import app.rekindle.reflection.EntryKind;
import app.rekindle.reflection.ReflectionEntry;
import app.rekindle.reflection.ReflectionService;
import app.rekindle.system.NotFoundException;

/** Shared activities: time together, rated, with whether an old trigger came up. */
@Service
public class SharedActivityService {

	private final JourneyService journeys;

	private final ReflectionService reflection;

	private final SharedActivityRepository activities;

	private final Clock clock;

	SharedActivityService(JourneyService journeys, ReflectionService reflection, SharedActivityRepository activities, Clock clock) {
		this.journeys = journeys;
		this.reflection = reflection;
		this.activities = activities;
		this.clock = clock;
	}

	/** Most recent first. */
	@Transactional(readOnly = true)
	public List<SharedActivity> activities(long accountId, long journeyId) {
		this.journeys.owned(accountId, journeyId);
		return this.activities.findByJourneyIdOrderByHappenedOnDescIdDesc(journeyId);
	}

	/** Every activity of every journey of the account, earliest first within each journey. */
	@Transactional(readOnly = true)
	public List<SharedActivity> activitiesOfAccount(long accountId) {
		return this.activities.findAllOfAccount(accountId);
	}

	@Transactional(readOnly = true)
	public SharedActivity activity(long accountId, long journeyId, long activityId) {
		this.journeys.owned(accountId, journeyId);
		return this.activities.findByIdAndJourneyId(activityId, journeyId)
			.orElseThrow(() -> new NotFoundException("activity", activityId));
	}

	/** The person's own triggers from reflection, to name the one that came up. */
	@Transactional(readOnly = true)
	public List<ReflectionEntry> ownTriggers(long accountId, long journeyId) {
		return this.reflection.entries(accountId, journeyId, EntryKind.TRIGGER);
	}

	/** Logs the activity; a trigger id that is not one of this journey's own triggers is left out. */
	@Transactional
	public SharedActivity add(long accountId, long journeyId, ActivityContent content) {
		this.journeys.open(accountId, journeyId, TrustService.CHANGES);
		Long named = content.triggerId();
		boolean own = named != null
				&& ownTriggers(accountId, journeyId).stream().anyMatch((trigger) -> trigger.getId().equals(named));
		Long triggerId = own ? named : null;
		return this.activities.save(new SharedActivity(journeyId,
				new ActivityContent(content.happenedOn(), content.what(), content.kind(), content.rating(),
						content.triggerCameUp(), triggerId, content.note()),
				this.clock.instant()));
	}

	@Transactional
	public void delete(long accountId, long journeyId, long activityId) {
		SharedActivity activity = activity(accountId, journeyId, activityId);
		this.journeys.open(accountId, journeyId, TrustService.CHANGES);
		this.activities.delete(activity);
	}

}
