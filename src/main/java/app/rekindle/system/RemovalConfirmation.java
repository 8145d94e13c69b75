package app.rekindle.system;

import java.time.LocalDate;

import org.springframework.ui.Model;

/**
 * The one page that asks before anything a person wrote is removed ({@code confirm/remove.html}), so
 * a slip of the finger loses nothing: it shows what would go, in the person's own words, with
 * "Remove it" (a POST to the route that removes it, which checks ownership itself) and "Keep it"
 * (back to where the person came from). Every kind of entry builds it the same way:
 * {@code RemovalConfirmation.of("letter", removeUrl, keepUrl).text(letter.getBody()).show(model)}.
 *
 * @param kind names the kind in the messages: {@code remove.<kind>.question}, {@code remove.<kind>.done}
 * and, if there is one, {@code remove.<kind>.note}
 * @param label a message code shown above the text (a category, a channel), or null
 * @param day the day the entry is about, or null
 * @param text the person's own text, shown escaped and shortened, or null
 * @param detail a second text of theirs (a plan, a note), shown the same way, or null
 * @param removeUrl the POST route that removes it
 * @param keepUrl where "Keep it" leads: the page the remove link was on
 * @param menu the menu item the layout marks as current
 */
public record RemovalConfirmation(String kind, String label, LocalDate day, String text, String detail,
		String removeUrl, String keepUrl, String menu) {

	public static final String VIEW = "confirm/remove";

	public static RemovalConfirmation of(String kind, String removeUrl, String keepUrl) {
		return new RemovalConfirmation(kind, null, null, null, null, removeUrl, keepUrl, "dashboard");
	}

	/** The flash notice after the removal, which says in plain words what was removed. */
	public static String notice(String kind) {
		return "remove." + kind + ".done";
	}

	public RemovalConfirmation label(String code) {
		return new RemovalConfirmation(this.kind, code, this.day, this.text, this.detail, this.removeUrl, this.keepUrl,
				this.menu);
	}

	public RemovalConfirmation day(LocalDate day) {
		return new RemovalConfirmation(this.kind, this.label, day, this.text, this.detail, this.removeUrl, this.keepUrl,
				this.menu);
	}

	public RemovalConfirmation text(String text) {
		return new RemovalConfirmation(this.kind, this.label, this.day, text, this.detail, this.removeUrl, this.keepUrl,
				this.menu);
	}

	public RemovalConfirmation detail(String detail) {
		return new RemovalConfirmation(this.kind, this.label, this.day, this.text, detail, this.removeUrl, this.keepUrl,
				this.menu);
	}

	public RemovalConfirmation menu(String menu) {
		return new RemovalConfirmation(this.kind, this.label, this.day, this.text, this.detail, this.removeUrl,
				this.keepUrl, menu);
	}

	/** Puts the page's content in the model and returns its view name. */
	public String show(Model model) {
		model.addAttribute("removal", this);
		return VIEW;
	}

}
