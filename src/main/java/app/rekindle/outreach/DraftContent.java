package app.rekindle.outreach;

import java.time.LocalTime;

/** What a draft says, on which channel, and when the person plans to send it (optional). */
public record DraftContent(Channel channel, String body, LocalTime plannedSendTime) {

	@Override
	public String toString() {
		return "DraftContent[channel=" + this.channel + ", plannedSendTime=" + this.plannedSendTime + "]";
	}

}
