package app.rekindle.account.web;

import java.time.ZoneId;

import app.rekindle.account.SelectableTimeZone;

public class TimeZoneForm {

	@SelectableTimeZone
	private String timeZone;

	public TimeZoneForm() {
	}

	TimeZoneForm(ZoneId zone) {
		this.timeZone = zone.getId();
	}

	public String getTimeZone() {
		return this.timeZone;
	}

	public void setTimeZone(String timeZone) {
		this.timeZone = timeZone;
	}

	ZoneId toZoneId() {
		return ZoneId.of(this.timeZone);
	}

}
