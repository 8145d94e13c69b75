package app.rekindle.calendar.web;

import jakarta.validation.Valid;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.rekindle.account.AccountPage;
import app.rekindle.account.AccountUser;
import app.rekindle.calendar.CalendarFeedService;

/**
 * The calendar section's forms on the account page. Each acts on the signed-in account's own feed
 * only; no address or id in a request can point at anyone else's.
 */
@Controller
class CalendarSettingsController {

	/** Back to the calendar section, where its notice is shown: on a phone it is far down the page. */
	private static final String BACK_TO_SECTION = "redirect:/account#calendar";

	private static final String NOTICE = "calendarNotice";

	private final CalendarFeedService feeds;

	private final AccountPage page;

	CalendarSettingsController(CalendarFeedService feeds, AccountPage page) {
		this.feeds = feeds;
		this.page = page;
	}

	@InitBinder("calendarForm")
	void initCalendarBinder(WebDataBinder binder) {
		binder.setAllowedFields("reminderTime");
	}

	/** Turns the feed on, or saves a new reminder time for a feed that is on. */
	@PostMapping("/account/calendar")
	String processCalendarForm(@AuthenticationPrincipal AccountUser user,
			@Valid @ModelAttribute("calendarForm") CalendarForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return this.page.show(user.accountId(), model);
		}
		boolean wasOn = this.feeds.settings(user.accountId()).isPresent();
		try {
			this.feeds.turnOnOrChange(user.accountId(), form.getReminderTime());
		}
		catch (DataIntegrityViolationException ex) {
			// The same form sent twice at once: the other request turned the feed on.
		}
		redirect.addFlashAttribute(NOTICE, wasOn ? "calendar.saved" : "calendar.turnedOn");
		return BACK_TO_SECTION;
	}

	@PostMapping("/account/calendar/new-address")
	String newAddress(@AuthenticationPrincipal AccountUser user, RedirectAttributes redirect) {
		boolean on = this.feeds.newAddress(user.accountId()).isPresent();
		redirect.addFlashAttribute(NOTICE, on ? "calendar.newAddress" : "calendar.isOff");
		return BACK_TO_SECTION;
	}

	@PostMapping("/account/calendar/off")
	String turnOff(@AuthenticationPrincipal AccountUser user, RedirectAttributes redirect) {
		this.feeds.turnOff(user.accountId());
		redirect.addFlashAttribute(NOTICE, "calendar.turnedOff");
		return BACK_TO_SECTION;
	}

}
