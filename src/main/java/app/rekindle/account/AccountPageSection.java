package app.rekindle.account;

import org.springframework.ui.Model;

/**
 * A section another module adds to the account page. The account module lists the sections it is
 * given and knows nothing else about them, so a module can add settings of its own without the
 * account module depending on it.
 */
public interface AccountPageSection {

	/**
	 * The fragment that renders the section, as a fragment expression without the {@code ~{}}, for
	 * example {@code "calendar/section :: section"}.
	 */
	String fragment();

	/**
	 * Adds what the fragment needs. An attribute already in the model (a form being shown again
	 * with its errors) must be kept as it is.
	 */
	void addTo(long accountId, Model model);

}
