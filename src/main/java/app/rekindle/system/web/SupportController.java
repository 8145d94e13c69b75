package app.rekindle.system.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import app.rekindle.system.SupportProperties;

/**
 * Where to find people who can help: open to everyone, signed in or not, because the moment it is
 * needed is not the moment to log in.
 */
@Controller
class SupportController {

	static final String VIEW_SUPPORT = "support/index";

	private final SupportProperties support;

	SupportController(SupportProperties support) {
		this.support = support;
	}

	@GetMapping("/support")
	String showSupport(Model model) {
		model.addAttribute("support", this.support);
		return VIEW_SUPPORT;
	}

}
