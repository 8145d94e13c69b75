package app.rekindle.checkin;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;


/**
 * When a check-in is answered with the pause rather than only a thank-you, as
 * {@code rekindle.checkin.*}. An invalid value stops the application at start-up with the property
 * named.
 *
 * @param hardUrge an urge at or above this (0–10) makes a hard check-in; so does reaching out to them
 */
@Validated
@ConfigurationProperties("rekindle.checkin")
public record CheckInProperties(@DefaultValue("7") @Min(0) @Max(10) int hardUrge) {

	/** A strong urge or a slip: the moments the pause is offered first. */
	public boolean isHard(CheckIn checkIn) {
		return checkIn.getUrge() >= this.hardUrge || checkIn.getContact() == ContactKind.I_REACHED_OUT;
	}

}
