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
import app.rekindle.journey.JourneyService;
import app.rekindle.system.RemovalConfirmation;
import app.rekindle.trust.Commitment;
import app.rekindle.trust.CommitmentService;
import app.rekindle.trust.CommitmentState;
import app.rekindle.trust.CommitmentTally;
import app.rekindle.trust.TrustService;

/** Commitments: the list with the kept share, a form to add one, its state changed in place, delete. */
@Controller
class CommitmentController {

	static final String VIEW_COMMITMENTS = "trust/commitments";

	private static final String REMOVAL = "commitment";

	private final JourneyService journeys;

	private final CommitmentService commitments;

	CommitmentController(JourneyService journeys, CommitmentService commitments) {
		this.journeys = journeys;
		this.commitments = commitments;
	}

	@InitBinder("commitmentForm")
	void initCommitmentBinder(WebDataBinder binder) {
		binder.setAllowedFields("promise", "dueOn", "state");
	}

	@InitBinder("stateForm")
	void initStateBinder(WebDataBinder binder) {
		binder.setAllowedFields("state");
	}

	@GetMapping("/journeys/{journeyId}/trust/commitments")
	String showCommitments(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId, Model model) {
		model.addAttribute("commitmentForm", new CommitmentForm());
		return list(user, journeyId, model);
	}

	@PostMapping("/journeys/{journeyId}/trust/commitments")
	String addCommitment(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId,
			@Valid @ModelAttribute("commitmentForm") CommitmentForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.journeys.open(user.accountId(), journeyId, TrustService.CHANGES);
		if (result.hasErrors()) {
			return list(user, journeyId, model);
		}
		this.commitments.add(user.accountId(), journeyId, form.getPromise().strip(), form.getDueOn(), form.getState());
		redirect.addFlashAttribute("notice", "trust.commitment.added");
		return TrustPages.redirectTo(journeyId, "commitments");
	}

	@PostMapping("/journeys/{journeyId}/trust/commitments/{commitmentId}/state")
	String changeState(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId,
			@PathVariable long commitmentId, @Valid @ModelAttribute("stateForm") CommitmentStateForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.commitments.commitment(user.accountId(), journeyId, commitmentId);
		this.journeys.open(user.accountId(), journeyId, TrustService.CHANGES);
		if (result.hasErrors()) {
			model.addAttribute("commitmentForm", new CommitmentForm());
			model.addAttribute("stateErrorFor", commitmentId);
			return list(user, journeyId, model);
		}
		this.commitments.changeState(user.accountId(), journeyId, commitmentId, form.getState());
		redirect.addFlashAttribute("notice", "trust.commitment.marked." + form.getState());
		return TrustPages.redirectTo(journeyId, "commitments");
	}

	@GetMapping("/journeys/{journeyId}/trust/commitments/{commitmentId}/remove")
	String confirmRemoval(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId,
			@PathVariable long commitmentId, Model model) {
		Commitment commitment = this.commitments.commitment(user.accountId(), journeyId, commitmentId);
		if (!TrustService.CHANGES.allows(this.journeys.owned(user.accountId(), journeyId))) {
			return TrustPages.redirectTo(journeyId, "commitments");
		}
		return TrustPages.removal(REMOVAL, journeyId, "commitments", commitmentId)
			.text(commitment.getPromise())
			.show(model);
	}

	@PostMapping("/journeys/{journeyId}/trust/commitments/{commitmentId}/delete")
	String deleteCommitment(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId,
			@PathVariable long commitmentId, RedirectAttributes redirect) {
		this.commitments.delete(user.accountId(), journeyId, commitmentId);
		redirect.addFlashAttribute("notice", RemovalConfirmation.notice(REMOVAL));
		return TrustPages.redirectTo(journeyId, "commitments");
	}

	private String list(AccountUser user, long journeyId, Model model) {
		TrustPages.common(this.journeys.owned(user.accountId(), journeyId), model);
		List<Commitment> all = this.commitments.commitments(user.accountId(), journeyId);
		model.addAttribute("commitments", all);
		model.addAttribute("tally", CommitmentTally.of(all.stream().map(Commitment::getState).toList()));
		model.addAttribute("states", CommitmentState.values());
		return VIEW_COMMITMENTS;
	}

}
