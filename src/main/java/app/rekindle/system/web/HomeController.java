package app.rekindle.system.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class HomeController {

	static final String VIEW_HOME = "home/index";

	@GetMapping("/")
	String home(@RequestParam(name = "signed-out", required = false) String signedOut,
			@RequestParam(name = "account-deleted", required = false) String accountDeleted, Model model) {
		model.addAttribute("signedOut", signedOut != null);
		model.addAttribute("accountDeleted", accountDeleted != null);
		return VIEW_HOME;
	}

}
