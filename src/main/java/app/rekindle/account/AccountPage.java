package app.rekindle.account;

import org.springframework.ui.Model;

/**
 * The account page, for a module whose section has a form of its own: when that form comes back
 * with errors, the whole page is shown again with them, so nothing typed elsewhere is lost.
 */
public interface AccountPage {

	/**
	 * Adds whatever the page still needs to the model, every section included, keeping the
	 * attributes already there.
	 * @return the view name to render
	 */
	String show(long accountId, Model model);

}
