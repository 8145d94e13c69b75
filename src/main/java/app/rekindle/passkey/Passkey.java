package app.rekindle.passkey;

import java.time.Instant;

/**
 * A passkey as its owner sees it on the account page.
 *
 * @param id the credential's id (base64url), which the addresses of its removal carry
 * @param name the name the person gave it ("My phone")
 * @param created when it was made
 * @param lastUsed when it last signed the person in, or null if it never has
 */
public record Passkey(String id, String name, Instant created, Instant lastUsed) {

}
