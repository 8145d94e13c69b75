package app.rekindle.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;

/**
 * After a failed log-in, goes back to the form with the email the person typed, so only the
 * password has to be entered again. The message is the same whether or not the email exists.
 * A refusal because log-in for the email is paused (a locked user) goes to its own address, so the
 * page can say so rather than blame the password.
 */
class KeepTypedEmailFailureHandler extends SimpleUrlAuthenticationFailureHandler {

	static final String TYPED_EMAIL = "email";

	private static final int MAX_EMAIL_LENGTH = 254;

	private final FlashMapManager flashMapManager;

	private final String pausedUrl;

	KeepTypedEmailFailureHandler(String failureUrl, String pausedUrl, FlashMapManager flashMapManager) {
		super(failureUrl);
		this.pausedUrl = pausedUrl;
		this.flashMapManager = flashMapManager;
		// The page says what went wrong from its address; a failed log-in starts no session.
		setAllowSessionCreation(false);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, jakarta.servlet.ServletException {
		String email = request.getParameter("email");
		if (email != null && email.length() <= MAX_EMAIL_LENGTH) {
			FlashMap flashMap = new FlashMap();
			flashMap.put(TYPED_EMAIL, email);
			flashMap.setTargetRequestPath("/login");
			this.flashMapManager.saveOutputFlashMap(flashMap, request, response);
		}
		if (exception instanceof LockedException) {
			saveException(request, exception);
			getRedirectStrategy().sendRedirect(request, response, this.pausedUrl);
			return;
		}
		// Only after the right password: the address of this account is still waiting for its link.
		if (exception instanceof CredentialsExpiredException) {
			getRedirectStrategy().sendRedirect(request, response, "/login?unconfirmed");
			return;
		}
		super.onAuthenticationFailure(request, response, exception);
	}

}
