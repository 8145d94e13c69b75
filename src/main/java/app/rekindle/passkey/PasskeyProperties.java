package app.rekindle.passkey;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The relying party that passkeys are made for (docs/OPERATIONS.md, "Passkeys").
 *
 * @param rpId the site's domain, without scheme or port ({@code journal.example.org}); a passkey works
 * only on this domain and its subdomains, and changing it later leaves every passkey made before unusable
 * @param rpName the name a device shows beside the passkey; "Journal", like the site's own name, says
 * nothing about what is written here
 * @param allowedOrigins the addresses the site is reached at, scheme and port included
 * ({@code https://journal.example.org}); a placeholder such as {@code ${local.server.port}} is resolved
 * when a passkey is checked, so a server on a port chosen at start (the tests) can name itself
 */
@Validated
@ConfigurationProperties("rekindle.passkeys")
record PasskeyProperties(@DefaultValue("localhost") @NotBlank String rpId, @DefaultValue("Journal") @NotBlank String rpName,
		@DefaultValue("http://localhost:8080") @NotEmpty List<String> allowedOrigins) {

}
