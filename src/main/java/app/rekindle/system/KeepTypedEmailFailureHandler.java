package app.rekindle.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * After a failed log-in, goes back to the form with the email the person typed, so only the
 * password has to be entered again. The message is the same whether or not the email exists.
 */
class KeepTypedEmailFailureHandler extends SimpleUrlAuthenticationFailureHandler {

	static final String TYPED_EMAIL = "email";

	private static final int MAX_EMAIL_LENGTH = 254;

	private final SessionFlashMapManager flashMapManager = new SessionFlashMapManager();

	KeepTypedEmailFailureHandler(String failureUrl) {
		super(failureUrl);
		setAllowSessionCreation(true);
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
		super.onAuthenticationFailure(request, response, exception);
	}

}
