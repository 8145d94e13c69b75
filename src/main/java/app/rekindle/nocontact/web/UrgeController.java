package app.rekindle.nocontact.web;

import java.util.List;

import jakarta.validation.Valid;

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

import app.rekindle.account.AccountUser;
import app.rekindle.nocontact.NoContactService;
import app.rekindle.reflection.EntryKind;
import app.rekindle.reflection.ReflectionEntry;
import app.rekindle.reflection.ReflectionService;

/**
 * "I want to text them": a pause to breathe, the person's own reasons from reflection, a letter
 * that is kept and never sent, and the urge logged with its time.
 */
@Controller
class UrgeController {

	static final String VIEW_URGE = "nocontact/urge";

	private final NoContactService noContact;

	private final ReflectionService reflection;

	UrgeController(NoContactService noContact, ReflectionService reflection) {
		this.noContact = noContact;
		this.reflection = reflection;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		binder.setAllowedFields("strength", "letter");
	}

	@GetMapping("/journeys/{journeyId}/urge")
	String showPause(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId, Model model) {
		model.addAttribute("form", new UrgeForm());
		return page(user, journeyId, model);
	}

	@PostMapping("/journeys/{journeyId}/urge")
	String processPause(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId,
			@Valid @ModelAttribute("form") UrgeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(user, journeyId, model);
		}
		String letter = form.letterOrNull();
		this.noContact.pauseInsteadOfTexting(user.accountId(), journeyId, form.getStrength(), letter);
		redirect.addFlashAttribute("notice", (letter != null) ? "urge.savedWithLetter" : "urge.saved");
		return "redirect:/dashboard";
	}

	private String page(AccountUser user, long journeyId, Model model) {
		model.addAttribute("journey", this.noContact.journey(user.accountId(), journeyId));
		List<ReflectionEntry> entries = this.reflection.entries(user.accountId(), journeyId);
		model.addAttribute("causes", entries.stream().filter((entry) -> entry.getKind() == EntryKind.CAUSE).toList());
		model.addAttribute("plans", entries.stream().filter((entry) -> entry.getKind() == EntryKind.MISTAKE).toList());
		model.addAttribute("helps", entries.stream()
			.filter((entry) -> entry.getKind() == EntryKind.TRIGGER && entry.getPlan() != null)
			.toList());
		model.addAttribute("strengths", List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
		return VIEW_URGE;
	}

}
