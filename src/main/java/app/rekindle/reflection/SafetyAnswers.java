package app.rekindle.reflection;

import java.util.EnumSet;
import java.util.Set;

import app.rekindle.progression.SafetyConcern;

/** The answers of the safety screen, yes or no to each question. */
public record SafetyAnswers(boolean violence, boolean threats, boolean controlling, boolean fear,
		boolean protectiveOrder, boolean askedForNoContact, boolean blocked, boolean newRelationship) {

	/** The concern each "yes" records; every one of them closes reaching out for good. */
	public Set<SafetyConcern> concerns() {
		Set<SafetyConcern> concerns = EnumSet.noneOf(SafetyConcern.class);
		add(concerns, this.violence, SafetyConcern.VIOLENCE);
		add(concerns, this.threats, SafetyConcern.THREATS);
		add(concerns, this.controlling, SafetyConcern.COERCIVE_CONTROL);
		add(concerns, this.fear, SafetyConcern.FEAR_OF_EX);
		add(concerns, this.protectiveOrder, SafetyConcern.PROTECTIVE_ORDER);
		add(concerns, this.askedForNoContact, SafetyConcern.EX_ASKED_FOR_NO_CONTACT);
		add(concerns, this.blocked, SafetyConcern.EX_BLOCKED);
		add(concerns, this.newRelationship, SafetyConcern.EX_IN_NEW_RELATIONSHIP);
		return concerns;
	}

	private static void add(Set<SafetyConcern> concerns, boolean yes, SafetyConcern concern) {
		if (yes) {
			concerns.add(concern);
		}
	}

}
