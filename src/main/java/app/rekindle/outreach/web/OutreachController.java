package app.rekindle.outreach.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.rekindle.account.AccountClock;
import app.rekindle.account.AccountService;
import app.rekindle.account.AccountUser;
import app.rekindle.journey.Journey;
import app.rekindle.journey.JourneyService;
import app.rekindle.outreach.Channel;
import app.rekindle.outreach.Conversation;
import app.rekindle.outreach.ConversationKind;
import app.rekindle.outreach.Draft;
import app.rekindle.outreach.FirstWords;
import app.rekindle.outreach.OutreachService;
import app.rekindle.outreach.PressureCheck;
import app.rekindle.progression.Progression;
import app.rekindle.system.RemovalConfirmation;

/** Reaching out: the ladder, the drafts with their pressure check, conversations, and a step back. */
@Controller
class OutreachController {

	static final String VIEW_OUTREACH = "outreach/index";

	private static final String REMOVAL = "conversation";

	private final OutreachService outreach;

	private final JourneyService journeys;

	private final Progression progression;

	private final PressureCheck pressureCheck;

	private final AccountService accounts;

	private final AccountClock accountClock;

	private final MessageSource messages;

	OutreachController(OutreachService outreach, JourneyService journeys, Progression progression,
			PressureCheck pressureCheck, AccountService accounts, AccountClock accountClock, MessageSource messages) {
		this.outreach = outreach;
		this.journeys = journeys;
		this.progression = progression;
		this.pressureCheck = pressureCheck;
		this.accounts = accounts;
		this.accountClock = accountClock;
		this.messages = messages;
	}

	@InitBinder("draftForm")
	void initDraftBinder(WebDataBinder binder) {
		binder.setAllowedFields("channel", "body", "plannedSendTime");
	}

	@InitBinder("conversationForm")
	void initConversationBinder(WebDataBinder binder) {
		binder.setAllowedFields("kind", "heldOn", "rating", "note");
	}

	/**
	 * The page; {@code example} names one of the {@link FirstWords} the person chose to use, which
	 * then fills the new draft's message box for them to make their own. An unknown one is ignored.
	 */
	@GetMapping("/journeys/{journeyId}/outreach")
	String showOutreach(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId,
			@RequestParam(name = "example", required = false) String example, Model model) {
		DraftForm draftForm = new DraftForm();
		FirstWords.example(example).ifPresent((chosen) -> {
			draftForm.setBody(this.messages.getMessage(chosen.code(), null, LocaleContextHolder.getLocale()));
			model.addAttribute("exampleUsed", true);
		});
		model.addAttribute("draftForm", draftForm);
		model.addAttribute("conversationForm", new ConversationForm(today(user)));
		return page(user, journeyId, model);
	}

	@PostMapping("/journeys/{journeyId}/outreach/drafts")
	String writeDraft(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId,
			@Valid @ModelAttribute("draftForm") DraftForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		form.validate(result);
		if (result.hasErrors()) {
			model.addAttribute("conversationForm", new ConversationForm(today(user)));
			return page(user, journeyId, model);
		}
		Draft draft = this.outreach.write(user.accountId(), journeyId, form.toContent());
		redirect.addFlashAttribute("notice", "draft.saved");
		return "redirect:/journeys/" + journeyId + "/outreach/drafts/" + draft.getId();
	}

	@PostMapping("/journeys/{journeyId}/outreach/conversations")
	String logConversation(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId,
			@Valid @ModelAttribute("conversationForm") ConversationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		form.validate(result, today(user));
		if (result.hasErrors()) {
			model.addAttribute("draftForm", new DraftForm());
			return page(user, journeyId, model);
		}
		Conversation conversation = this.outreach.logConversation(user.accountId(), journeyId, form.getKind(),
				form.getHeldOn(), form.getRating(), form.noteOrNull());
		// Its own page asks the few questions of looking back on it.
		redirect.addFlashAttribute("notice", "conversation.saved");
		return "redirect:" + ConversationController.conversationUrl(journeyId, conversation.getId());
	}

	@GetMapping("/journeys/{journeyId}/outreach/conversations/{conversationId}/remove")
	String confirmConversationRemoval(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId,
			@PathVariable long conversationId, Model model) {
		Conversation conversation = this.outreach.conversation(user.accountId(), journeyId, conversationId);
		String conversationUrl = ConversationController.conversationUrl(journeyId, conversationId);
		if (!OutreachService.CHANGES.allows(this.journeys.owned(user.accountId(), journeyId))) {
			return "redirect:" + conversationUrl;
		}
		// Looking back on it goes with it: its note is shown too.
		return RemovalConfirmation.of(REMOVAL, conversationUrl + "/delete", conversationUrl)
			.label("conversation." + conversation.getKind())
			.day(conversation.getHeldOn())
			.text(conversation.getNote())
			.detail(conversation.isReviewed() ? conversation.getReview().note() : null)
			.show(model);
	}

	@PostMapping("/journeys/{journeyId}/outreach/conversations/{conversationId}/delete")
	String deleteConversation(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId,
			@PathVariable long conversationId, RedirectAttributes redirect) {
		this.outreach.deleteConversation(user.accountId(), journeyId, conversationId);
		redirect.addFlashAttribute("notice", RemovalConfirmation.notice(REMOVAL));
		return "redirect:/journeys/" + journeyId + "/outreach";
	}

	@PostMapping("/journeys/{journeyId}/outreach/back-to-no-contact")
	String backToNoContact(@AuthenticationPrincipal AccountUser user, @PathVariable long journeyId,
			RedirectAttributes redirect) {
		boolean went = this.journeys.backToNoContact(user.accountId(), journeyId);
		redirect.addFlashAttribute("notice", went ? "outreach.backToNoContact" : "journey.alreadyMoved");
		return "redirect:/dashboard";
	}

	private String page(AccountUser user, long journeyId, Model model) {
		Journey journey = this.journeys.owned(user.accountId(), journeyId);
		List<DraftView> drafts = this.outreach.drafts(user.accountId(), journeyId)
			.stream()
			.map((draft) -> new DraftView(draft, this.pressureCheck.check(draft.getBody(), draft.getPlannedSendTime())))
			.toList();
		model.addAttribute("journey", journey);
		model.addAttribute("open", OutreachService.CHANGES.allows(journey));
		model.addAttribute("drafts", drafts);
		model.addAttribute("conversations", this.outreach.conversations(user.accountId(), journeyId));
		model.addAttribute("gate", this.progression.evaluate(journeyId));
		model.addAttribute("zone", zone(user));
		model.addAttribute("channels", Channel.offered());
		model.addAttribute("conversationKinds", ConversationKind.values());
		return VIEW_OUTREACH;
	}

	private ZoneId zone(AccountUser user) {
		return this.accounts.timeZone(user.accountId());
	}

	private LocalDate today(AccountUser user) {
		return this.accountClock.today(user.accountId());
	}

}
