package app.rekindle.passkey;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * After a passkey sign-in, tells the page where to go, in the JSON Spring Security's passkey script
 * reads ({@code {"authenticated": true, "redirectUrl": ...}}): back to the page that asked for log-in,
 * as after the log-in form, or else Today.
 */
final class PasskeySignedIn implements AuthenticationSuccessHandler {

	private final JsonMapper json = JsonMapper.builder().build();

	private final RequestCache requestCache;

	PasskeySignedIn(RequestCache requestCache) {
		this.requestCache = requestCache;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		SavedRequest saved = this.requestCache.getRequest(request, response);
		String redirectUrl = (saved != null) ? saved.getRedirectUrl() : request.getContextPath() + "/dashboard";
		this.requestCache.removeRequest(request, response);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		this.json.writeValue(response.getOutputStream(), Map.of("authenticated", true, "redirectUrl", redirectUrl));
	}

}
