package app.rekindle.summary.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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

import app.rekindle.account.AccountClock;
import app.rekindle.account.AccountUser;
import app.rekindle.journey.JourneyState;
import app.rekindle.summary.Summary;
import app.rekindle.summary.SummaryPdf;
import app.rekindle.summary.SummaryService;

/** The printable progress summary, as a page (print it from the browser) and as a PDF. */
@Controller
class SummaryController {

	static final String VIEW_SUMMARY = "summary/index";

	private final SummaryService summaries;

	private final SummaryPdf pdf;

	private final AccountClock accountClock;

	SummaryController(SummaryService summaries, SummaryPdf pdf, AccountClock accountClock) {
		this.summaries = summaries;
		this.accountClock = accountClock;
		this.pdf = pdf;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		binder.setAllowedFields("range", "from", "to", "journey", "nickname", "reflection", "notes", "reachingOut", "trust",
				"trial");
	}

	@GetMapping("/summary")
	String showSummary(@AuthenticationPrincipal AccountUser user, @ModelAttribute("form") SummaryForm form,
			BindingResult result, Model model) {
		model.addAttribute("s", summarise(user, form, result));
		return VIEW_SUMMARY;
	}

	@GetMapping("/summary.pdf")
	ResponseEntity<byte[]> downloadPdf(@AuthenticationPrincipal AccountUser user, @ModelAttribute("form") SummaryForm form,
			BindingResult result) {
		Summary summary = summarise(user, form, result);
		if (result.hasErrors()) {
			// The page explains what was wrong with the period; a PDF cannot.
			return ResponseEntity.status(303).header(HttpHeaders.LOCATION, "/summary?range=30").build();
		}
		byte[] body = this.pdf.render(summary);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("progress-summary-" + summary.period().madeOn() + ".pdf").build().toString())
			.body(body);
	}

	private Summary summarise(AccountUser user, SummaryForm form, BindingResult result) {
		ZoneId zone = this.summaries.zone(user.accountId());
		LocalDate today = this.accountClock.today(zone);
		Optional<JourneyState> journey = this.summaries.journey(user.accountId(), result.hasFieldErrors("journey") ? null : form.getJourney());
		form.defaultRange(journey.isPresent());
		form.validate(result, today);
		LocalDate journeyStart = journey.map((state) -> state.journey().getStartedAt().atZone(zone).toLocalDate()).orElse(null);
		return this.summaries.summarise(user.accountId(), zone, journey, form.toRange(!result.hasErrors(), today, journeyStart),
				form.words());
	}

}
