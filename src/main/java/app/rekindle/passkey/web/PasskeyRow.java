package app.rekindle.passkey.web;

import java.time.LocalDate;
import java.time.ZoneId;

import app.rekindle.passkey.Passkey;

/**
 * A passkey as a line of the account page, its times as days in the account's zone.
 *
 * @param lastUsed the day it last signed the person in, or null if it never has
 */
record PasskeyRow(String id, String name, LocalDate created, LocalDate lastUsed) {

	static PasskeyRow of(Passkey passkey, ZoneId zone) {
		return new PasskeyRow(passkey.id(), passkey.name(), passkey.created().atZone(zone).toLocalDate(),
				(passkey.lastUsed() != null) ? passkey.lastUsed().atZone(zone).toLocalDate() : null);
	}

}
