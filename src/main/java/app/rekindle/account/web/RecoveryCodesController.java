package app.rekindle.account.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.rekindle.account.AccountPage;
import app.rekindle.account.AccountUser;
import app.rekindle.account.CurrentPasswordMismatchException;
import app.rekindle.account.CurrentPasswordPausedException;
import app.rekindle.account.RecoveryCodes;
import app.rekindle.account.SignUpCompletion;

/**
 * The page that shows new recovery codes once (after sign-up, or a new set from the account page),
 * the text file of them, and the account page's "Make a new set". The codes reach the page only as a
 * flash attribute, so reloading it shows them no more.
 */
@Controller
class RecoveryCodesController {

	static final String VIEW_CODES = "account/recovery-codes";

	static final String FILE_NAME = "journal-recovery-codes.txt";

	private final RecoveryCodes codes;

	private final AccountPage page;

	RecoveryCodesController(RecoveryCodes codes, AccountPage page) {
		this.codes = codes;
		this.page = page;
	}

	@InitBinder("recoveryCodesForm")
	void initBinder(WebDataBinder binder) {
		binder.setAllowedFields("codesPassword");
	}

	@GetMapping(SignUpCompletion.CODES_PAGE)
	String show(@AuthenticationPrincipal AccountUser user, Model model) {
		model.addAttribute("codesLeft", this.codes.left(user.accountId()));
		return VIEW_CODES;
	}

	/**
	 * The codes just shown, back as a text file: the page sends them, since they are kept nowhere in the
	 * clear. Only text shaped like a code is written out.
	 */
	@PostMapping(SignUpCompletion.CODES_PAGE + "/download")
	ResponseEntity<String> download(@RequestParam(name = "code", required = false) List<String> shown) {
		List<String> valid = (shown == null) ? List.of()
				: shown.stream().filter(RecoveryCodes::looksLikeACode).distinct().limit(RecoveryCodes.SET_SIZE).toList();
		if (valid.isEmpty()) {
			return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(SignUpCompletion.CODES_PAGE)).build();
		}
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(FILE_NAME).build().toString())
			.body(RecoveryCodesFile.text(valid));
	}

	@PostMapping(SignUpCompletion.CODES_PAGE)
	String newSet(@AuthenticationPrincipal AccountUser user,
			@Valid @ModelAttribute("recoveryCodesForm") NewRecoveryCodesForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				List<String> fresh = this.codes.replace(user.accountId(), form.getCodesPassword());
				redirect.addFlashAttribute("notice", "recoveryCodes.newSet");
				return SignUpCompletion.showOnce(fresh, redirect);
			}
			catch (CurrentPasswordMismatchException ex) {
				result.rejectValue("codesPassword", "recoveryCodes.password.wrong");
			}
			catch (CurrentPasswordPausedException ex) {
				result.rejectValue("codesPassword", "password.current.paused", new Object[] { ex.minutes() }, null);
			}
		}
		return this.page.show(user.accountId(), model);
	}

}
