package app.rekindle.system;

import java.time.Duration;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The web app manifest, so the journal can be added to a home screen and opens on Today, like an app
 * (no service worker: nothing is kept offline). Served here rather than as a static file so that its
 * type is {@code application/manifest+json} whatever the server's list of file types says; kept for a
 * day, so a change reaches phones soon. Its icons are static files under {@code /icons/}.
 */
@Controller
class WebAppManifestController {

	static final MediaType MANIFEST = MediaType.parseMediaType("application/manifest+json");

	private final Resource manifest = new ClassPathResource("static/manifest.webmanifest");

	@GetMapping("/manifest.webmanifest")
	ResponseEntity<Resource> manifest() {
		return ResponseEntity.ok().contentType(MANIFEST).cacheControl(CacheControl.maxAge(Duration.ofDays(1))).body(this.manifest);
	}

}
