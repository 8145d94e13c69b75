package app.rekindle.export;

import java.util.Map;

import app.rekindle.export.OutreachExport.ConversationData;
import app.rekindle.export.OutreachExport.DraftData;
import app.rekindle.export.OutreachExport.ReviewData;
import app.rekindle.export.TrialExport.CheckpointData;
import app.rekindle.export.TrustExport.ActivityData;
import app.rekindle.export.TrustExport.ApologyData;
import app.rekindle.outreach.ConversationReview;

import static app.rekindle.export.MarkdownWriter.inline;

/** Reaching out, rebuilding trust and the trial period of one journey in the Markdown document. */
final class LaterStagesMarkdown {

	private final MarkdownWriter md;

	LaterStagesMarkdown(MarkdownWriter md) {
		this.md = md;
	}

	/** @param entries the text of the journey's reflection entries by id, which trust refers to */
	void write(JourneyExport journey, Map<Long, String> entries) {
		outreach(journey.outreach());
		trust(journey.trust(), entries);
		trial(journey.trial());
	}

	private void outreach(OutreachExport outreach) {
		if (outreach.drafts().isEmpty() && outreach.conversations().isEmpty()) {
			return;
		}
		this.md.heading(3, this.md.label("stage.REACHING_OUT"));
		if (!outreach.drafts().isEmpty()) {
			this.md.heading(4, "Messages");
			outreach.drafts().forEach(this::draft);
		}
		if (!outreach.conversations().isEmpty()) {
			this.md.heading(4, "Conversations");
			for (ConversationData conversation : outreach.conversations()) {
				this.md.line("**" + this.md.label("conversation.", conversation.kind()) + "** on "
						+ this.md.date(conversation.heldOn()) + " · it felt " + conversation.rating() + " of 5")
					.userText(conversation.note());
				review(conversation.review());
			}
		}
	}

	private void review(ReviewData review) {
		if (review == null) {
			return;
		}
		this.md.line("*Looking back on it, " + this.md.time(review.reviewedAt()) + ":*");
		for (String question : ConversationReview.QUESTIONS) {
			this.md.bullet(this.md.label("conversation.review." + question) + " — "
					+ this.md.label("conversation.review.answer.", review.answer(question)));
		}
		this.md.userText(review.note());
	}

	private void draft(DraftData draft) {
		String planned = (draft.plannedSendTime() != null) ? ", to send at " + draft.plannedSendTime() : "";
		this.md.line("**" + this.md.label("channel.", draft.channel()) + "** · written "
				+ this.md.time(draft.createdAt()) + planned)
			.userText(draft.body());
		if (draft.sentAt() == null) {
			this.md.line("*Not sent.*");
			return;
		}
		this.md.line("*Sent " + this.md.time(draft.sentAt()) + ". Their answer: "
				+ this.md.label("reply.", draft.reply()) + ".*")
			.userText(draft.replyNote());
	}

	private void trust(TrustExport trust, Map<Long, String> entries) {
		if (trust.apology() == null && trust.commitments().isEmpty() && trust.boundaries().isEmpty()
				&& trust.activities().isEmpty()) {
			return;
		}
		this.md.heading(3, this.md.label("stage.REBUILDING_TRUST"));
		apology(trust.apology(), entries);
		if (!trust.commitments().isEmpty()) {
			this.md.heading(4, "Commitments");
			trust.commitments()
				.forEach((commitment) -> this.md.line("**Due " + this.md.date(commitment.dueOn()) + " · "
						+ this.md.label("trust.commitment.state.", commitment.state()) + "**")
					.userText(commitment.promise()));
		}
		if (!trust.boundaries().isEmpty()) {
			this.md.heading(4, "Boundaries");
			trust.boundaries()
				.forEach((boundary) -> this.md.line("**" + this.md.label("trust.whose.", boundary.whose()) + " · "
						+ (boundary.agreedByBoth() ? "agreed by both of you" : "not agreed by both of you yet") + "**")
					.userText(boundary.description()));
		}
		if (!trust.activities().isEmpty()) {
			this.md.heading(4, "Shared activities");
			trust.activities().forEach((activity) -> activity(activity, entries));
		}
	}

	private void apology(ApologyData apology, Map<Long, String> entries) {
		if (apology == null) {
			return;
		}
		this.md.heading(4, "Your apology");
		part("What I did", apology.whatIDid());
		part("That it was mine", apology.thatItWasMine());
		part("What I will do now", apology.whatIWillDo());
		part("How you will see it", apology.howYouWillSee());
		if (!apology.coveredMistakeIds().isEmpty()) {
			this.md.line("It draws on these parts of your own reflection:");
			apology.coveredMistakeIds()
				.stream()
				.filter(entries::containsKey)
				.forEach((id) -> this.md.bullet(inline(entries.get(id))));
		}
		this.md.line((apology.deliveredOn() != null) ? "*Given on " + this.md.date(apology.deliveredOn()) + ".*"
				: "*Not given yet.*");
	}

	private void part(String label, String text) {
		if (text != null) {
			this.md.line("*" + label + ":*").userText(text);
		}
	}

	private void activity(ActivityData activity, Map<Long, String> entries) {
		this.md.line("**" + this.md.date(activity.happenedOn()) + " · "
				+ this.md.label("trust.activity.kind.", activity.kind()) + " · " + activity.rating() + " of 5, "
				+ this.md.label("trust.rating." + activity.rating()) + "**")
			.userText(activity.what());
		if (activity.triggerCameUp()) {
			String trigger = (activity.triggerEntryId() != null) ? entries.get(activity.triggerEntryId()) : null;
			this.md.line("*An old trigger came up" + ((trigger != null) ? ": " + inline(trigger) : "") + ".*");
		}
		this.md.userText(activity.note());
	}

	private void trial(TrialExport trial) {
		if (trial.startedOn() == null && trial.checkpoints().isEmpty()) {
			return;
		}
		this.md.heading(3, this.md.label("stage.TRIAL_PERIOD"));
		if (trial.startedOn() != null) {
			String weeks = (trial.agreedWeeks() == null) ? ""
					: ", for " + this.md.count("count.weeks", trial.agreedWeeks()) + ", until "
							+ this.md.date(trial.startedOn().plusWeeks(trial.agreedWeeks()).minusDays(1));
			this.md.line("You agreed to start on " + this.md.date(trial.startedOn()) + weeks + ".");
		}
		if (trial.whatWillDiffer() != null) {
			this.md.line("**What you agreed will be different**").userText(trial.whatWillDiffer());
		}
		for (CheckpointData checkpoint : trial.checkpoints()) {
			this.md.heading(4, "Day " + checkpoint.dayMark() + " review");
			this.md.line("*Reviewed on " + this.md.date(checkpoint.reviewedOn()) + "*");
			answer("changesTakenSeriously", checkpoint.changesTakenSeriously(), checkpoint.changesMissing());
			answer("problemsSolvedCalmly", checkpoint.problemsSolvedCalmly(), checkpoint.problemsMissing());
			answer("closenessBothEnjoy", checkpoint.closenessBothEnjoy(), checkpoint.closenessMissing());
			answer("pastNotBroughtUp", checkpoint.pastNotBroughtUp(), checkpoint.pastMissing());
			if (!checkpoint.redFlags().isEmpty()) {
				this.md.line("*Red flags you marked:*");
				checkpoint.redFlags().forEach((flag) -> this.md.bullet(this.md.label("trial.redFlag.", flag.name())));
			}
			this.md.userText(checkpoint.note());
		}
	}

	/** A question and its answer; after a "not yet", what is missing in the person's words, inline. */
	private void answer(String question, boolean yes, String missing) {
		this.md.bullet(this.md.label("trial.question." + question) + " — " + (yes ? "Yes" : "Not yet")
				+ ((missing != null) ? ". What is missing: " + inline(missing) : ""));
	}

}
