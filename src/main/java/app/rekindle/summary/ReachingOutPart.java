package app.rekindle.summary;

import java.util.List;

import app.rekindle.outreach.Conversation;
import app.rekindle.outreach.Draft;

/**
 * Reaching out: its figures always, and the messages and conversations themselves only when
 * {@link SummaryWords#reachingOut()} lets them in (the lists are empty otherwise).
 */
public record ReachingOutPart(OutreachFigures figures, List<Draft> messages, List<Conversation> conversations) {

	/** A summary without a journey, or of one that never reached out. */
	public static final ReachingOutPart NONE = new ReachingOutPart(OutreachFigures.of(List.of(), List.of()), List.of(),
			List.of());

	public boolean isEmpty() {
		return this.figures.isEmpty();
	}

}
