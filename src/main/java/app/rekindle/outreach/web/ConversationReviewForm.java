package app.rekindle.outreach.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import app.rekindle.outreach.ConversationReview;
import app.rekindle.outreach.ReviewAnswer;

/** Looking back on a conversation: the four questions of {@link ConversationReview}, and a note. */
public class ConversationReviewForm {

	static final int NOTE_MAX = 2000;

	@NotNull(message = "{conversation.review.answer.required}")
	private ReviewAnswer listened;

	@NotNull(message = "{conversation.review.answer.required}")
	private ReviewAnswer spokeForMyself;

	@NotNull(message = "{conversation.review.answer.required}")
	private ReviewAnswer stayedCalm;

	@NotNull(message = "{conversation.review.answer.required}")
	private ReviewAnswer pushed;

	@Size(max = NOTE_MAX, message = "{text.tooLong2000}")
	private String note;

	/** The form as the person left it last time, or empty before they looked back. */
	static ConversationReviewForm of(ConversationReview review) {
		ConversationReviewForm form = new ConversationReviewForm();
		if (review != null) {
			form.listened = review.listened();
			form.spokeForMyself = review.spokeForMyself();
			form.stayedCalm = review.stayedCalm();
			form.pushed = review.pushed();
			form.note = review.note();
		}
		return form;
	}

	ConversationReview toReview() {
		String kept = (this.note == null || this.note.isBlank()) ? null : this.note.strip();
		return new ConversationReview(this.listened, this.spokeForMyself, this.stayedCalm, this.pushed, kept);
	}

	public ReviewAnswer getListened() {
		return this.listened;
	}

	public void setListened(ReviewAnswer listened) {
		this.listened = listened;
	}

	public ReviewAnswer getSpokeForMyself() {
		return this.spokeForMyself;
	}

	public void setSpokeForMyself(ReviewAnswer spokeForMyself) {
		this.spokeForMyself = spokeForMyself;
	}

	public ReviewAnswer getStayedCalm() {
		return this.stayedCalm;
	}

	public void setStayedCalm(ReviewAnswer stayedCalm) {
		this.stayedCalm = stayedCalm;
	}

	public ReviewAnswer getPushed() {
		return this.pushed;
	}

	public void setPushed(ReviewAnswer pushed) {
		this.pushed = pushed;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
