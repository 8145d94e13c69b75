package app.rekindle.system;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Support resources shown with a safety lock and wherever a person may need more than a journal.
 * The defaults are international; a deployment for one country should list its own services.
 *
 * @param emergencyNote what to do in immediate danger, shown above the list
 * @param resources services with a name, an address and one sentence on what they offer
 */
@Validated
@ConfigurationProperties("rekindle.support")
public record SupportProperties(@NotBlank String emergencyNote, @NotEmpty List<@Valid Resource> resources) {

	public record Resource(@NotBlank String name, @NotNull URI url, @NotBlank String description) {
	}

}
