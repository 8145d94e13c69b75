package app.rekindle.calendar.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import app.rekindle.calendar.CalendarFeedService;
import app.rekindle.system.NotFoundException;

/**
 * The feed itself, for calendar apps: public, since they cannot sign in, and found only by its
 * secret address. An address that leads nowhere gets the ordinary "not found" page, the same for a
 * mistyped, a replaced and a turned-off one.
 */
@Controller
class CalendarFeedController {

	/** Also allowed without signing in, in the security configuration. */
	static final String FEED_PATH = "/calendar/{token}.ics";

	static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final CalendarFeedService feeds;

	CalendarFeedController(CalendarFeedService feeds) {
		this.feeds = feeds;
	}

	@GetMapping(FEED_PATH)
	ResponseEntity<String> feed(@PathVariable String token) {
		String calendar = this.feeds.calendar(token).orElseThrow(() -> new NotFoundException("calendar feed"));
		return ResponseEntity.ok()
			.contentType(TEXT_CALENDAR)
			.cacheControl(CacheControl.noStore())
			.header("X-Robots-Tag", "noindex, nofollow")
			.body(calendar);
	}

}
