package app.rekindle.mail.web;

import jakarta.validation.Valid;

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
import app.rekindle.mail.Reminders;
import app.rekindle.system.WhenMailIsOn;

/** Turns the daily reminder e-mail on, to another time, or off, from the account page. */
@Controller
@WhenMailIsOn
class ReminderController {

	private static final String BACK = "redirect:/account#reminders";

	private final Reminders reminders;

	private final AccountPage page;

	ReminderController(Reminders reminders, AccountPage page) {
		this.reminders = reminders;
		this.page = page;
	}

	@InitBinder("reminderForm")
	void initBinder(WebDataBinder binder) {
		binder.setAllowedFields("remindAt");
	}

	@PostMapping("/account/reminders")
	String remindAt(@AuthenticationPrincipal AccountUser user, @Valid @ModelAttribute("reminderForm") ReminderForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return this.page.show(user.accountId(), model);
		}
		this.reminders.remindAt(user.accountId(), form.getRemindAt());
		redirect.addFlashAttribute("remindersNotice", "reminders.saved");
		return BACK;
	}

	@PostMapping("/account/reminders/off")
	String turnOff(@AuthenticationPrincipal AccountUser user, RedirectAttributes redirect) {
		this.reminders.turnOff(user.accountId());
		redirect.addFlashAttribute("remindersNotice", "reminders.off");
		return BACK;
	}

}
