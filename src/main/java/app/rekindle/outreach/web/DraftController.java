package app.rekindle.outreach.web;

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

import app.rekindle.account.AccountService;
import app.rekindle.account.AccountUser;
import app.rekindle.journey.Journey;
import app.rekindle.journey.JourneyService;
import app.rekindle.outreach.Channel;
import app.rekindle.outreach.Draft;
import app.rekindle.outreach.OutreachService;
import app.rekindle.outreach.PressureCheck;
import app.rekindle.outreach.ReplyKind;
import app.rekindle.outreach.SendRefusedException;
import app.rekindle.progression.GateEvaluation;
import app.rekindle.progression.RulesProperties;
import app.rekindle.system.RemovalConfirmation;

/** One draft: its pressure check, its rest, marking it sent, and the reply it got. */
@Controller
class DraftController {

	static final String VIEW_DRAFT = "outreach/draft";

	private static final String REMOVAL = "draft";

	/**
	 * The answers in the order a person reads them: none yet, warm to cold, then the ones that
	 * pause reaching out or close it.
	 */
	static final List<ReplyKind> REPLIES = List.of(ReplyKind.NONE_YET, ReplyKind.WARM, ReplyKind.NEUTRAL,
			ReplyKind.COLD, ReplyKind.NOT_READY, ReplyKind.NO, ReplyKind.ASKED_FOR_NO_CONTACT, ReplyKind.BLOCKED);

	private final OutreachService outreach;

	private final JourneyService journeys;

	private final PressureCheck pressureCheck;

	private final AccountService accounts;

	private final RulesProperties rules;

	DraftController(OutreachService outreach, JourneyService journeys, PressureCheck pressureCheck,
			AccountService accounts, RulesProperties rules) {
		this.outreach = outreach;
		this.journeys = journeys;
		this.pressureCheck = pressureCheck;
		this.accounts = accounts;
		this.rules = rules;
	}

	@InitBinder("draftForm")
	void initDraftBinder(WebDataBinder binder) {
		binder.setAllowedFields("channel", "body", "plannedSendTime");
	}

	@InitBinder("replyForm")
	void initReplyBinder(WebDataBinder binder) {
		binder.setAllowedFields("reply", "note");
	}

	@GetMapping("/journeys/{journeyId}/outreach/drafts/{draftId}")
	String showDraft(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId, @PathVariable long draftId,
			Model model) {
		Draft draft = this.outreach.draft(user.accountId(), journeyId, draftId);
		model.addAttribute("draftForm", DraftForm.of(draft));
		model.addAttribute("replyForm", ReplyForm.of(draft));
		return page(user, journeyId, draft, model);
	}

	@PostMapping("/journeys/{journeyId}/outreach/drafts/{draftId}/edit")
	String changeDraft(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId,
			@PathVariable long draftId, @Valid @ModelAttribute("draftForm") DraftForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Draft draft = this.outreach.draft(user.accountId(), journeyId, draftId);
		form.validate(result);
		if (result.hasErrors()) {
			model.addAttribute("replyForm", ReplyForm.of(draft));
			return page(user, journeyId, draft, model);
		}
		this.outreach.change(user.accountId(), journeyId, draftId, form.toContent());
		redirect.addFlashAttribute("notice", "draft.changed");
		return "redirect:/journeys/" + journeyId + "/outreach/drafts/" + draftId;
	}

	@GetMapping("/journeys/{journeyId}/outreach/drafts/{draftId}/remove")
	String confirmRemoval(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId,
			@PathVariable long draftId, Model model) {
		Draft draft = this.outreach.draft(user.accountId(), journeyId, draftId);
		String draftUrl = "/journeys/" + journeyId + "/outreach/drafts/" + draftId;
		if (draft.isSent() || !OutreachService.CHANGES.allows(this.journeys.owned(user.accountId(), journeyId))) {
			return "redirect:" + draftUrl;
		}
		return RemovalConfirmation.of(REMOVAL, draftUrl + "/delete", draftUrl)
			.label("channel." + draft.getChannel())
			.text(draft.getBody())
			.show(model);
	}

	@PostMapping("/journeys/{journeyId}/outreach/drafts/{draftId}/delete")
	String deleteDraft(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId,
			@PathVariable long draftId, RedirectAttributes redirect) {
		this.outreach.delete(user.accountId(), journeyId, draftId);
		redirect.addFlashAttribute("notice", RemovalConfirmation.notice(REMOVAL));
		return "redirect:/journeys/" + journeyId + "/outreach";
	}

	@PostMapping("/journeys/{journeyId}/outreach/drafts/{draftId}/sent")
	String markSent(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId, @PathVariable long draftId,
			RedirectAttributes redirect) {
		try {
			this.outreach.markSent(user.accountId(), journeyId, draftId);
			redirect.addFlashAttribute("notice", "draft.sent");
		}
		catch (SendRefusedException ex) {
			redirect.addFlashAttribute("notice", "draft.send." + ex.decision().reason());
		}
		return "redirect:/journeys/" + journeyId + "/outreach/drafts/" + draftId;
	}

	@PostMapping("/journeys/{journeyId}/outreach/drafts/{draftId}/reply")
	String logReply(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId, @PathVariable long draftId,
			@Valid @ModelAttribute("replyForm") ReplyForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Draft draft = this.outreach.draft(user.accountId(), journeyId, draftId);
		if (!draft.isSent()) {
			redirect.addFlashAttribute("notice", "reply.notSent");
			return "redirect:/journeys/" + journeyId + "/outreach/drafts/" + draftId;
		}
		if (result.hasErrors()) {
			if (!OutreachService.CHANGES.allows(this.journeys.owned(user.accountId(), journeyId))) {
				// The reply form is gone from a closed page: say why, as a valid answer is told.
				redirect.addFlashAttribute("notice", "outreach.closed");
				return "redirect:/journeys/" + journeyId + "/outreach";
			}
			model.addAttribute("draftForm", DraftForm.of(draft));
			return page(user, journeyId, draft, model);
		}
		if (this.outreach.logReply(user.accountId(), journeyId, draftId, form.getReply(), form.noteOrNull())) {
			return "redirect:/journeys/" + journeyId;
		}
		redirect.addFlashAttribute("notice", "reply.saved");
		return "redirect:/journeys/" + journeyId + "/outreach/drafts/" + draftId;
	}

	private String page(AccountUser user, long journeyId, Draft draft, Model model) {
		Journey journey = this.journeys.owned(user.accountId(), journeyId);
		GateEvaluation gate = this.outreach.gate(user.accountId(), journeyId);
		model.addAttribute("journey", journey);
		model.addAttribute("open", OutreachService.CHANGES.allows(journey));
		model.addAttribute("draft", draft);
		model.addAttribute("findings", this.pressureCheck.check(draft.getBody(), draft.getPlannedSendTime()));
		model.addAttribute("decision", this.outreach.sendDecision(draft, gate));
		model.addAttribute("pacing", gate.pacing());
		model.addAttribute("notReadyPauseDays", this.rules.outreach().notReadyPauseDays());
		model.addAttribute("zone", this.accounts.timeZone(user.accountId()));
		model.addAttribute("channels", Channel.offered());
		model.addAttribute("replies", REPLIES);
		return VIEW_DRAFT;
	}

}
