package app.rekindle.mail;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * E-mail settings besides Boot's own {@code spring.mail.*} (the SMTP server), as {@code rekindle.mail.*}.
 *
 * @param from the sender's address
 * @param fromName the sender's name a person sees in their inbox: nothing that says what the site is about
 * @param siteUrl the address of this site, put in front of every link in an e-mail (never taken from a
 * request, so no one can make us mail a link to another site)
 * @param relayEvery how often the outbox is looked at, besides straight after each message is queued
 * @param remindersEvery how often due reminders are looked for
 * @param maxAttempts how many times a message is tried before it is given up
 * @param keepSentFor how long a sent message's row stays (without its link) before it is deleted
 */
@Validated
@ConfigurationProperties("rekindle.mail")
public record MailProperties(@DefaultValue("journal@localhost") @NotBlank String from,
		@DefaultValue("Your journal") @NotBlank String fromName,
		@DefaultValue("http://localhost:8080") @NotNull URI siteUrl,
		@DefaultValue("10s") Duration relayEvery,
		@DefaultValue("1m") Duration remindersEvery,
		@DefaultValue("8") @Min(1) int maxAttempts,
		@DefaultValue("7d") Duration keepSentFor) {

	/** The full address of a path on this site. */
	String link(String path) {
		String site = this.siteUrl.toString();
		return (site.endsWith("/") ? site.substring(0, site.length() - 1) : site) + path;
	}

}
