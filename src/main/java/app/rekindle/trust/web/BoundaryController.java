package app.rekindle.trust.web;

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
import app.rekindle.journey.Journey;
import app.rekindle.journey.JourneyService;
import app.rekindle.system.RemovalConfirmation;
import app.rekindle.trust.Boundary;
import app.rekindle.trust.BoundaryService;
import app.rekindle.trust.TrustService;
import app.rekindle.trust.Whose;

/** Boundaries: the list with a form to add one, an edit form per boundary, and delete. */
@Controller
class BoundaryController {

	static final String VIEW_BOUNDARIES = "trust/boundaries";

	static final String VIEW_EDIT = "trust/edit-boundary";

	private static final String REMOVAL = "boundary";

	private final JourneyService journeys;

	private final BoundaryService boundaries;

	BoundaryController(JourneyService journeys, BoundaryService boundaries) {
		this.journeys = journeys;
		this.boundaries = boundaries;
	}

	@InitBinder("boundaryForm")
	void initBinder(WebDataBinder binder) {
		binder.setAllowedFields("description", "whose", "agreedByBoth");
	}

	@GetMapping("/journeys/{journeyId}/trust/boundaries")
	String showBoundaries(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId, Model model) {
		model.addAttribute("boundaryForm", new BoundaryForm());
		return list(user, journeyId, model);
	}

	@PostMapping("/journeys/{journeyId}/trust/boundaries")
	String addBoundary(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId,
			@Valid @ModelAttribute("boundaryForm") BoundaryForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.journeys.open(user.accountId(), journeyId, TrustService.CHANGES);
		if (result.hasErrors()) {
			return list(user, journeyId, model);
		}
		this.boundaries.add(user.accountId(), journeyId, form.toContent());
		redirect.addFlashAttribute("notice", "trust.boundary.added");
		return TrustPages.redirectTo(journeyId, "boundaries");
	}

	@GetMapping("/journeys/{journeyId}/trust/boundaries/{boundaryId}/edit")
	String initEditForm(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId,
			@PathVariable long boundaryId, Model model) {
		Boundary boundary = this.boundaries.boundary(user.accountId(), journeyId, boundaryId);
		Journey journey = this.journeys.owned(user.accountId(), journeyId);
		if (!TrustService.CHANGES.allows(journey)) {
			return TrustPages.redirectTo(journeyId, "boundaries");
		}
		model.addAttribute("boundaryForm", BoundaryForm.of(boundary));
		return edit(journey, boundary, model);
	}

	@PostMapping("/journeys/{journeyId}/trust/boundaries/{boundaryId}/edit")
	String processEditForm(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId,
			@PathVariable long boundaryId, @Valid @ModelAttribute("boundaryForm") BoundaryForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Boundary boundary = this.boundaries.boundary(user.accountId(), journeyId, boundaryId);
		Journey journey = this.journeys.open(user.accountId(), journeyId, TrustService.CHANGES);
		if (result.hasErrors()) {
			return edit(journey, boundary, model);
		}
		this.boundaries.update(user.accountId(), journeyId, boundaryId, form.toContent());
		redirect.addFlashAttribute("notice", "trust.boundary.saved");
		return TrustPages.redirectTo(journeyId, "boundaries");
	}

	@GetMapping("/journeys/{journeyId}/trust/boundaries/{boundaryId}/remove")
	String confirmRemoval(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId,
			@PathVariable long boundaryId, Model model) {
		Boundary boundary = this.boundaries.boundary(user.accountId(), journeyId, boundaryId);
		if (!TrustService.CHANGES.allows(this.journeys.owned(user.accountId(), journeyId))) {
			return TrustPages.redirectTo(journeyId, "boundaries");
		}
		return TrustPages.removal(REMOVAL, journeyId, "boundaries", boundaryId)
			.label("trust.whose." + boundary.getWhose())
			.text(boundary.getDescription())
			.show(model);
	}

	@PostMapping("/journeys/{journeyId}/trust/boundaries/{boundaryId}/delete")
	String deleteBoundary(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId,
			@PathVariable long boundaryId, RedirectAttributes redirect) {
		this.boundaries.delete(user.accountId(), journeyId, boundaryId);
		redirect.addFlashAttribute("notice", RemovalConfirmation.notice(REMOVAL));
		return TrustPages.redirectTo(journeyId, "boundaries");
	}

	private String list(AccountUser user, long journeyId, Model model) {
		TrustPages.common(this.journeys.owned(user.accountId(), journeyId), model);
		List<Boundary> all = this.boundaries.boundaries(user.accountId(), journeyId);
		model.addAttribute("boundaries", all);
		model.addAttribute("agreedCount", all.stream().filter(Boundary::isAgreedByBoth).count());
		model.addAttribute("whoseOptions", Whose.values());
		return VIEW_BOUNDARIES;
	}

	private static String edit(Journey journey, Boundary boundary, Model model) {
		TrustPages.common(journey, model);
		model.addAttribute("boundary", boundary);
		model.addAttribute("whoseOptions", Whose.values());
		return VIEW_EDIT;
	}

}
