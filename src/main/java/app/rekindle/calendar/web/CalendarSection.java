package app.rekindle.calendar.web;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import app.rekindle.account.AccountPageSection;
import app.rekindle.account.AccountService;
import app.rekindle.calendar.CalendarFeedService;
import app.rekindle.calendar.FeedSettings;

/** The calendar feed's section of the account page. */
@Component
class CalendarSection implements AccountPageSection {

	private final CalendarFeedService feeds;

	private final AccountService accounts;

	CalendarSection(CalendarFeedService feeds, AccountService accounts) {
		this.feeds = feeds;
		this.accounts = accounts;
	}

	@Override
	public String fragment() {
		return "calendar/section :: section";
	}

	@Override
	public void addTo(long accountId, Model model) {
		Optional<FeedSettings> settings = this.feeds.settings(accountId);
		model.addAttribute("calendarFeedOn", settings.isPresent());
		settings.ifPresent((feed) -> {
			String address = addressOf(feed);
			model.addAttribute("calendarFeedUrl", address);
			model.addAttribute("calendarSubscribeUrl", subscribeAddressOf(address));
		});
		// After a new password, an address made before it may be known to whoever knew the old password.
		model.addAttribute("calendarAddressOlderThanPassword", settings.isPresent() && this.accounts.get(accountId)
			.getPasswordChangedAt()
			.map((changed) -> this.feeds.addressMadeBefore(accountId, changed))
			.orElse(false));
		if (!model.containsAttribute("calendarForm")) {
			model.addAttribute("calendarForm", new CalendarForm(
					settings.map(FeedSettings::reminderTime).orElse(CalendarFeedService.DEFAULT_REMINDER_TIME)));
		}
	}

	/** The full address, as this request reached the site, for pasting into a calendar app. */
	private static String addressOf(FeedSettings feed) {
		return ServletUriComponentsBuilder.fromCurrentContextPath()
			.path(CalendarFeedController.FEED_PATH)
			.buildAndExpand(feed.token())
			.toUriString();
	}

	/**
	 * The same host and path with the {@code webcal} scheme: a link to it hands the address to the
	 * device's calendar app, which offers to subscribe, in one tap. The app fetches it over HTTP(S).
	 */
	static String subscribeAddressOf(String address) {
		return UriComponentsBuilder.fromUriString(address).scheme("webcal").toUriString();
	}

}
