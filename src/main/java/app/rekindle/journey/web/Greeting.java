package app.rekindle.journey.web;

import java.time.LocalTime;

/** A greeting that fits the hour where the person is; late nights get a gentler one. */
enum Greeting {

	NIGHT("greeting.night"), MORNING("greeting.morning"), AFTERNOON("greeting.afternoon"),
	EVENING("greeting.evening");

	private final String messageCode;

	Greeting(String messageCode) {
		this.messageCode = messageCode;
	}

	String messageCode() {
		return this.messageCode;
	}

	static Greeting at(LocalTime time) {
		int hour = time.getHour();
		if (hour < 5) {
			return NIGHT;
		}
		if (hour < 12) {
			return MORNING;
		}
		if (hour < 18) {
			return AFTERNOON;
		}
		return (hour < 23) ? EVENING : NIGHT;
	}

}
