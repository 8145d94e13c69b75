package app.rekindle.system;

import java.net.URI;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the site around the journal itself.
 *
 * @param quickExitUrl where the Quick exit button leads: an everyday site that draws no attention
 */
@Validated
@ConfigurationProperties("rekindle.site")
public record SiteProperties(@NotNull URI quickExitUrl) {

	public SiteProperties {
		if (quickExitUrl != null && !"https".equals(quickExitUrl.getScheme())) {
			throw new IllegalArgumentException("rekindle.site.quick-exit-url must be an https:// address, but was " + quickExitUrl);
		}
	}

}
