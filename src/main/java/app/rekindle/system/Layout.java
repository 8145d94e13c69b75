package app.rekindle.system;

import org.springframework.stereotype.Component;

/**
 * What the shared layout needs on every page, error pages included (those are rendered outside
 * any controller, so a model attribute would not reach them). Templates read it as {@code @layout}.
 */
@Component("layout")
public class Layout {

	private final SiteProperties site;

	Layout(SiteProperties site) {
		this.site = site;
	}

	public String quickExitUrl() {
		return this.site.quickExitUrl().toString();
	}

}
