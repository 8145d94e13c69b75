package app.rekindle.reflection.web;

import java.util.Locale;

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
import app.rekindle.journey.Journey;
import app.rekindle.journey.JourneyService;
import app.rekindle.reflection.BreakupCause;
import app.rekindle.reflection.EntryKind;
import app.rekindle.reflection.ReflectionEntry;
import app.rekindle.reflection.ReflectionService;
import app.rekindle.system.NotFoundException;
import app.rekindle.system.RemovalConfirmation;

/**
 * The four lists of reflection (causes, own mistakes, triggers, growth) share one controller:
 * the list with a form to add, an edit form per entry, and removal after a confirmation.
 */
@Controller
class ReflectionEntryController {

	static final String VIEW_LIST = "reflection/entries";

	static final String VIEW_EDIT = "reflection/edit-entry";

	private final ReflectionService reflection;

	private final JourneyService journeys;

	ReflectionEntryController(ReflectionService reflection, JourneyService journeys) {
		this.reflection = reflection;
		this.journeys = journeys;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		binder.setAllowedFields("category", "body", "plan");
	}

	@GetMapping("/journeys/{journeyId}/reflection/{slug:causes|mistakes|triggers|growth}")
	String showList(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId, @PathVariable String slug,
			Model model) {
		model.addAttribute("form", new EntryForm());
		return list(user, journeyId, kind(slug), model);
	}

	@PostMapping("/journeys/{journeyId}/reflection/{slug:causes|mistakes|triggers|growth}")
	String processAddForm(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId,
			@PathVariable String slug, @Valid @ModelAttribute("form") EntryForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		EntryKind kind = kind(slug);
		form.validate(kind, result);
		if (result.hasErrors()) {
			return list(user, journeyId, kind, model);
		}
		this.reflection.add(user.accountId(), journeyId, form.toContent(kind));
		redirect.addFlashAttribute("notice", "reflection.entry.added");
		return "redirect:/journeys/" + journeyId + "/reflection/" + slug;
	}

	@GetMapping("/journeys/{journeyId}/reflection/{slug:causes|mistakes|triggers|growth}/{entryId}/edit")
	String initEditForm(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId,
			@PathVariable String slug, @PathVariable long entryId, Model model) {
		EntryKind kind = kind(slug);
		ReflectionEntry entry = this.reflection.entry(user.accountId(), journeyId, kind, entryId);
		model.addAttribute("form", EntryForm.of(entry));
		return edit(user, journeyId, kind, entry, model);
	}

	@PostMapping("/journeys/{journeyId}/reflection/{slug:causes|mistakes|triggers|growth}/{entryId}/edit")
	String processEditForm(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId,
			@PathVariable String slug, @PathVariable long entryId, @Valid @ModelAttribute("form") EntryForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		EntryKind kind = kind(slug);
		ReflectionEntry entry = this.reflection.entry(user.accountId(), journeyId, kind, entryId);
		form.validate(kind, result);
		if (result.hasErrors()) {
			return edit(user, journeyId, kind, entry, model);
		}
		this.reflection.update(user.accountId(), journeyId, entryId, form.toContent(kind));
		redirect.addFlashAttribute("notice", "reflection.entry.saved");
		return "redirect:/journeys/" + journeyId + "/reflection/" + slug;
	}

	@GetMapping("/journeys/{journeyId}/reflection/{slug:causes|mistakes|triggers|growth}/{entryId}/remove")
	String confirmRemoval(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId,
			@PathVariable String slug, @PathVariable long entryId, Model model) {
		EntryKind kind = kind(slug);
		ReflectionEntry entry = this.reflection.entry(user.accountId(), journeyId, kind, entryId);
		String list = "/journeys/" + journeyId + "/reflection/" + slug;
		if (!ReflectionService.CHANGES.allows(this.journeys.owned(user.accountId(), journeyId))) {
			return "redirect:" + list;
		}
		return RemovalConfirmation.of(removal(kind), list + "/" + entryId + "/delete", list + "#entry-" + entryId)
			.label((entry.getCategory() != null) ? "reflection.cause." + entry.getCategory() : null)
			.text(entry.getBody())
			.detail(entry.getPlan())
			.show(model);
	}

	@PostMapping("/journeys/{journeyId}/reflection/{slug:causes|mistakes|triggers|growth}/{entryId}/delete")
	String delete(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId, @PathVariable String slug,
			@PathVariable long entryId, RedirectAttributes redirect) {
		EntryKind kind = kind(slug);
		this.reflection.delete(user.accountId(), journeyId, kind, entryId);
		redirect.addFlashAttribute("notice", RemovalConfirmation.notice(removal(kind)));
		return "redirect:/journeys/" + journeyId + "/reflection/" + slug;
	}

	private String list(AccountUser user, long journeyId, EntryKind kind, Model model) {
		Journey journey = this.journeys.owned(user.accountId(), journeyId);
		common(journey, kind, model);
		model.addAttribute("entries", this.reflection.entries(user.accountId(), journeyId, kind));
		return VIEW_LIST;
	}

	private String edit(AccountUser user, long journeyId, EntryKind kind, ReflectionEntry entry, Model model) {
		Journey journey = this.journeys.owned(user.accountId(), journeyId);
		if (!ReflectionService.CHANGES.allows(journey)) {
			return "redirect:/journeys/" + journeyId + "/reflection/" + kind.slug();
		}
		common(journey, kind, model);
		model.addAttribute("entry", entry);
		return VIEW_EDIT;
	}

	private static void common(Journey journey, EntryKind kind, Model model) {
		model.addAttribute("journey", journey);
		model.addAttribute("kind", kind);
		model.addAttribute("editable", ReflectionService.CHANGES.allows(journey));
		model.addAttribute("causes", BreakupCause.values());
	}

	/** The kind's name in the removal messages: {@code remove.cause.question} and so on. */
	private static String removal(EntryKind kind) {
		return kind.name().toLowerCase(Locale.ROOT);
	}

	private static EntryKind kind(String slug) {
		return EntryKind.fromSlug(slug).orElseThrow(() -> new NotFoundException("reflection list", slug));
	}

}
