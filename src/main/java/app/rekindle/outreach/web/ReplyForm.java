package app.rekindle.outreach.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import app.rekindle.outreach.Draft;
import app.rekindle.outreach.ReplyKind;

public class ReplyForm {

	@NotNull(message = "{reply.required}")
	private ReplyKind reply;

	@Size(max = 2000, message = "{text.tooLong2000}")
	private String note;

	static ReplyForm of(Draft draft) {
		ReplyForm form = new ReplyForm();
		form.reply = draft.getReply();
		form.note = draft.getReplyNote();
		return form;
	}

	String noteOrNull() {
		return (this.note == null || this.note.isBlank()) ? null : this.note.strip();
	}

	public ReplyKind getReply() {
		return this.reply;
	}

	public void setReply(ReplyKind reply) {
		this.reply = reply;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
