package app.rekindle.mail.web;

import java.time.LocalTime;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import app.rekindle.account.AccountPageSection;
import app.rekindle.mail.ReminderSettings;
import app.rekindle.mail.Reminders;
import app.rekindle.system.WhenMailIsOn;

/** Reminders by e-mail on the account page, only with mail on. */
@Component
@WhenMailIsOn
@Order(0)
class ReminderSection implements AccountPageSection {

	static final LocalTime DEFAULT_TIME = LocalTime.of(20, 0);

	private final Reminders reminders;

	ReminderSection(Reminders reminders) {
		this.reminders = reminders;
	}

	@Override
	public String fragment() {
		return "reminders/section :: section";
	}

	@Override
	public void addTo(long accountId, Model model) {
		Optional<ReminderSettings> settings = this.reminders.settings(accountId);
		model.addAttribute("remindersOn", settings.isPresent());
		if (!model.containsAttribute("reminderForm")) {
			model.addAttribute("reminderForm",
					new ReminderForm(settings.map(ReminderSettings::remindAt).orElse(DEFAULT_TIME)));
		}
	}

}
