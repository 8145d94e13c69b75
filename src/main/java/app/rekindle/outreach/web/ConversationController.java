package app.rekindle.outreach.web;

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
import app.rekindle.outreach.Conversation;
import app.rekindle.outreach.ConversationReview;
import app.rekindle.outreach.OutreachService;
import app.rekindle.outreach.ReviewAnswer;

/** One conversation: what was logged, and looking back on it honestly, for the person alone. */
@Controller
class ConversationController {

	static final String VIEW_CONVERSATION = "outreach/conversation";

	private final OutreachService outreach;

	private final JourneyService journeys;

	ConversationController(OutreachService outreach, JourneyService journeys) {
		this.outreach = outreach;
		this.journeys = journeys;
	}

	@InitBinder("reviewForm")
	void initReviewBinder(WebDataBinder binder) {
		binder.setAllowedFields("listened", "spokeForMyself", "stayedCalm", "pushed", "note");
	}

	@GetMapping("/journeys/{journeyId}/outreach/conversations/{conversationId}")
	String show(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId,
			@PathVariable long conversationId, Model model) {
		Conversation conversation = this.outreach.conversation(user.accountId(), journeyId, conversationId);
		model.addAttribute("reviewForm", ConversationReviewForm.of(conversation.getReview()));
		return page(user, journeyId, conversation, false, model);
	}

	@PostMapping("/journeys/{journeyId}/outreach/conversations/{conversationId}/review")
	String review(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId,
			@PathVariable long conversationId, @Valid @ModelAttribute("reviewForm") ConversationReviewForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Conversation conversation = this.outreach.conversation(user.accountId(), journeyId, conversationId);
		String url = conversationUrl(journeyId, conversationId);
		if (result.hasErrors()) {
			if (!OutreachService.CHANGES.allows(this.journeys.owned(user.accountId(), journeyId))) {
				// The form is gone from a closed page: say why, as a valid answer is told.
				redirect.addFlashAttribute("notice", "outreach.closed");
				return "redirect:" + url;
			}
			return page(user, journeyId, conversation, true, model);
		}
		this.outreach.reviewConversation(user.accountId(), journeyId, conversationId, form.toReview());
		redirect.addFlashAttribute("notice", "conversation.review.saved");
		return "redirect:" + url;
	}

	static String conversationUrl(long journeyId, long conversationId) {
		return "/journeys/" + journeyId + "/outreach/conversations/" + conversationId;
	}

	/** @param refused whether the form came back with errors, so that it shows open */
	private String page(AccountUser user, long journeyId, Conversation conversation, boolean refused, Model model) {
		Journey journey = this.journeys.owned(user.accountId(), journeyId);
		model.addAttribute("journey", journey);
		model.addAttribute("open", OutreachService.CHANGES.allows(journey));
		model.addAttribute("conversation", conversation);
		model.addAttribute("questions", ConversationReview.QUESTIONS);
		model.addAttribute("answers", ReviewAnswer.values());
		model.addAttribute("reviewRefused", refused);
		return VIEW_CONVERSATION;
	}

}
