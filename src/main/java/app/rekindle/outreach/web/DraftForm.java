package app.rekindle.outreach.web;

import java.time.LocalTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

import app.rekindle.outreach.Channel;
import app.rekindle.outreach.Draft;
import app.rekindle.outreach.DraftContent;

public class DraftForm {

	static final int BODY_MAX = 2000;

	@NotNull(message = "{draft.channel.required}")
	private Channel channel;

	@NotBlank(message = "{draft.body.required}")
	@Size(max = BODY_MAX, message = "{text.tooLong2000}")
	private String body;

	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime plannedSendTime;

	static DraftForm of(Draft draft) {
		DraftForm form = new DraftForm();
		form.channel = draft.getChannel();
		form.body = draft.getBody();
		form.plannedSendTime = draft.getPlannedSendTime();
		return form;
	}

	/** A way of reaching out that is no longer offered is refused, with a word on why, on the same page. */
	void validate(Errors errors) {
		if (this.channel != null && !this.channel.isOffered() && !errors.hasFieldErrors("channel")) {
			errors.rejectValue("channel", "draft.channel.notOffered");
		}
	}

	DraftContent toContent() {
		return new DraftContent(this.channel, this.body.strip(), this.plannedSendTime);
	}

	public Channel getChannel() {
		return this.channel;
	}

	public void setChannel(Channel channel) {
		this.channel = channel;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public LocalTime getPlannedSendTime() {
		return this.plannedSendTime;
	}

	public void setPlannedSendTime(LocalTime plannedSendTime) {
		this.plannedSendTime = plannedSendTime;
	}

}
