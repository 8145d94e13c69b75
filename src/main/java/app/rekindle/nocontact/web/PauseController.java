package app.rekindle.nocontact.web;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.rekindle.account.AccountUser;
import app.rekindle.journey.Journey;
import app.rekindle.nocontact.NoContactService;
import app.rekindle.reflection.EntryKind;
import app.rekindle.reflection.ReflectionEntry;
import app.rekindle.reflection.ReflectionService;

/**
 * "I want to text them": a pause to breathe, the person's own reasons from reflection, a letter
 * that is kept and never sent, and the urge logged with its time. One address in every stage,
 * and after a journey has ended too: the urge does not wait for a stage.
 */
@Controller
class PauseController {

	static final String VIEW_PAUSE = "nocontact/pause";

	private final NoContactService noContact;

	private final ReflectionService reflection;

	PauseController(NoContactService noContact, ReflectionService reflection) {
		this.noContact = noContact;
		this.reflection = reflection;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		binder.setAllowedFields("strength", "letter");
	}

	@GetMapping("/pause")
	String showPause(@AuthenticationPrincipal AccountUser user, Model model) {
		model.addAttribute("form", new UrgeForm());
		return page(user, model);
	}

	@PostMapping("/pause")
	String processPause(@AuthenticationPrincipal AccountUser user, @Valid @ModelAttribute("form") UrgeForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Optional<Journey> journey = this.noContact.pauseJourney(user.accountId());
		if (journey.isEmpty()) {
			return "redirect:/pause";
		}
		if (result.hasErrors()) {
			return page(user, model);
		}
		String letter = form.letterOrNull();
		this.noContact.pauseInsteadOfTexting(user.accountId(), journey.get().getId(), form.getStrength(), letter);
		redirect.addFlashAttribute("notice", (letter != null) ? "urge.savedWithLetter" : "urge.saved");
		return "redirect:/dashboard";
	}

	private String page(AccountUser user, Model model) {
		Optional<Journey> journey = this.noContact.pauseJourney(user.accountId());
		List<ReflectionEntry> entries = journey.map((j) -> this.reflection.entries(user.accountId(), j.getId()))
			.orElse(List.of());
		model.addAttribute("journey", journey.orElse(null));
		model.addAttribute("causes", entries.stream().filter((entry) -> entry.getKind() == EntryKind.CAUSE).toList());
		model.addAttribute("plans", entries.stream().filter((entry) -> entry.getKind() == EntryKind.MISTAKE).toList());
		model.addAttribute("helps", entries.stream()
			.filter((entry) -> entry.getKind() == EntryKind.TRIGGER && entry.getPlan() != null)
			.toList());
		return VIEW_PAUSE;
	}

}
