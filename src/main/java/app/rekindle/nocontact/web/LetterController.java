package app.rekindle.nocontact.web;

import java.time.ZoneId;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.rekindle.account.AccountService;
import app.rekindle.account.AccountUser;
import app.rekindle.nocontact.NoContactService;
import app.rekindle.nocontact.UnsentLetter;
import app.rekindle.system.RemovalConfirmation;

/** Unsent letters, listed and read back later; they are never sent anywhere. */
@Controller
class LetterController {

	private static final String REMOVAL = "letter";

	private final NoContactService noContact;

	private final AccountService accounts;

	LetterController(NoContactService noContact, AccountService accounts) {
		this.noContact = noContact;
		this.accounts = accounts;
	}

	@GetMapping("/letters")
	String showLetters(@AuthenticationPrincipal AccountUser user, Model model) {
		model.addAttribute("letters", this.noContact.letters(user.accountId()));
		model.addAttribute("zone", this.accounts.timeZone(user.accountId()));
		// The letter box is part of the pause, which keeps letters once there is a journey to keep them with.
		model.addAttribute("canWrite", this.noContact.pauseJourney(user.accountId()).isPresent());
		return "nocontact/letters";
	}

	@GetMapping("/letters/{letterId}")
	String showLetter(@AuthenticationPrincipal AccountUser user, @PathVariable long letterId, Model model) {
		model.addAttribute("letter", this.noContact.letter(user.accountId(), letterId));
		model.addAttribute("zone", this.accounts.timeZone(user.accountId()));
		return "nocontact/letter";
	}

	@GetMapping("/letters/{letterId}/remove")
	String confirmRemoval(@AuthenticationPrincipal AccountUser user, @PathVariable long letterId, Model model) {
		UnsentLetter letter = this.noContact.letter(user.accountId(), letterId);
		ZoneId zone = this.accounts.timeZone(user.accountId());
		return RemovalConfirmation.of(REMOVAL, "/letters/" + letterId + "/delete", "/letters/" + letterId)
			.day(letter.getWrittenAt().atZone(zone).toLocalDate())
			.text(letter.getBody())
			.menu("history")
			.show(model);
	}

	@PostMapping("/letters/{letterId}/delete")
	String deleteLetter(@AuthenticationPrincipal AccountUser user, @PathVariable long letterId,
			RedirectAttributes redirect) {
		this.noContact.deleteLetter(user.accountId(), letterId);
		redirect.addFlashAttribute("notice", RemovalConfirmation.notice(REMOVAL));
		return "redirect:/letters";
	}

}
