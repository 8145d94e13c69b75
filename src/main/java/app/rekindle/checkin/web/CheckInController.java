package app.rekindle.checkin.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.rekindle.account.AccountClock;
import app.rekindle.account.AccountUser;
import app.rekindle.checkin.CheckIn;
import app.rekindle.checkin.CheckInDay;
import app.rekindle.checkin.CheckInNotAllowedException;
import app.rekindle.checkin.CheckInProperties;
import app.rekindle.checkin.CheckInService;
import app.rekindle.checkin.ContactKind;
import app.rekindle.checkin.SelfCare;

/**
 * The daily check-in: today's, or a missed day's within the late window. A check-in is addressed
 * by the account's own day, so there is no id that could name another person's.
 *
 * <p>
 * The same post takes the full form and the quick check-in on Today ({@code fragments/checkin ::
 * quick}), which sends mood and urge only: answers a post leaves out keep the day's saved ones, or
 * their defaults on a new day. A hard check-in (see {@link CheckInProperties#isHard}) lands on an
 * answer that offers the pause first; any other goes back to Today with a thank-you. A post for a
 * day that cannot be checked in for (any more) brings today's form back with everything it carried.
 */
@Controller
class CheckInController {

	static final String VIEW_CHECK_IN = "checkin/form";

	static final String VIEW_HARD_MOMENT = "checkin/hard-moment";

	private final CheckInService checkIns;

	private final AccountClock accountClock;

	private final CheckInProperties properties;

	CheckInController(CheckInService checkIns, AccountClock accountClock, CheckInProperties properties) {
		this.checkIns = checkIns;
		this.accountClock = accountClock;
		this.properties = properties;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		binder.setAllowedFields("mood", "urge", "contact", "selfCare", "otherSelfCare", "note");
	}

	@GetMapping("/checkin")
	String today(@AuthenticationPrincipal AccountUser user) {
		return "redirect:/checkin/" + this.accountClock.today(user.accountId());
	}

	@GetMapping("/checkin/{day}")
	String showCheckIn(@AuthenticationPrincipal AccountUser user,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Model model) {
		CheckIn existing = this.checkIns.on(user.accountId(), day).orElse(null);
		model.addAttribute("form", (existing != null) ? CheckInForm.of(existing) : new CheckInForm());
		model.addAttribute("existing", existing);
		return page(user, day, model);
	}

	@PostMapping("/checkin/{day}")
	String processCheckIn(@AuthenticationPrincipal AccountUser user,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@Valid @ModelAttribute("form") CheckInForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("existing", this.checkIns.on(user.accountId(), day).orElse(null));
			return page(user, day, model);
		}
		CheckIn saved;
		try {
			// The day's check-in, if there is one, gives what the post did not carry, as the save reads it.
			saved = this.checkIns.record(user.accountId(), day, (existing) -> {
				existing.ifPresent(form::keepWhatWasNotSent);
				return form.toAnswers(day);
			});
		}
		catch (CheckInNotAllowedException ex) {
			// The day closed or has not come yet (a time zone changed, midnight passed fourteen days on):
			// nothing typed is lost. Today's form comes back with all of it and says why.
			result.reject("checkin.day." + ex.reason());
			LocalDate today = this.accountClock.today(user.accountId());
			model.addAttribute("existing", this.checkIns.on(user.accountId(), today).orElse(null));
			return page(user, today, model);
		}
		if (this.properties.isHard(saved)) {
			return "redirect:/checkin/" + day + "/saved";
		}
		redirect.addFlashAttribute("notice", notice(saved));
		return "redirect:/dashboard";
	}

	/**
	 * The answer to a hard check-in: the pause first, Today second. Only the signed-in account's own
	 * check-in of that day is read, and a day without a hard one goes to Today.
	 */
	@GetMapping("/checkin/{day}/saved")
	String hardMoment(@AuthenticationPrincipal AccountUser user,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Model model) {
		CheckIn saved = this.checkIns.on(user.accountId(), day).filter(this.properties::isHard).orElse(null);
		if (saved == null) {
			return "redirect:/dashboard";
		}
		model.addAttribute("notice", notice(saved));
		model.addAttribute("slip", saved.getContact() == ContactKind.I_REACHED_OUT);
		model.addAttribute("dayKind", CheckInDay.of(day, this.accountClock.today(user.accountId())));
		return VIEW_HARD_MOMENT;
	}

	private static String notice(CheckIn saved) {
		if (saved.getContact() == ContactKind.I_REACHED_OUT) {
			return "checkin.saved.slip";
		}
		if (saved.getContact() == ContactKind.THEY_REACHED_OUT) {
			return "checkin.saved.theyReachedOut";
		}
		return saved.isLate() ? "checkin.saved.late" : "checkin.saved";
	}

	private String page(AccountUser user, LocalDate day, Model model) {
		LocalDate today = this.accountClock.today(user.accountId());
		CheckInDay kind = CheckInDay.of(day, today);
		model.addAttribute("day", day);
		model.addAttribute("today", today);
		model.addAttribute("dayKind", kind);
		model.addAttribute("contacts", ContactKind.values());
		model.addAttribute("selfCareOptions", SelfCare.values());
		model.addAttribute("missedDays", missedDays(user, today));
		return VIEW_CHECK_IN;
	}

	/**
	 * Days in the late window without a check-in, newest first, to fill in: only days since the
	 * account was made, so a first check-in is not greeted with days "missed" before it existed.
	 */
	private List<LocalDate> missedDays(AccountUser user, LocalDate today) {
		LocalDate firstDay = this.checkIns.firstDay(user.accountId());
		Set<LocalDate> done = this.checkIns
			.between(user.accountId(), today.minusDays(CheckInDay.LATE_WINDOW_DAYS), today.minusDays(1))
			.stream()
			.map(CheckIn::getDay)
			.collect(Collectors.toSet());
		List<LocalDate> missed = new ArrayList<>();
		for (int back = 1; back <= CheckInDay.LATE_WINDOW_DAYS; back++) {
			LocalDate day = today.minusDays(back);
			if (day.isBefore(firstDay)) {
				break;
			}
			if (!done.contains(day)) {
				missed.add(day);
			}
		}
		return missed;
	}

}
