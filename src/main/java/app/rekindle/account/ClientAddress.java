package app.rekindle.account;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The network address a request came from, as the throttles count it. Behind a proxy this is the
 * proxy's unless the server is told to trust its forwarding headers ({@code server.forward-headers-strategy},
 * docs/OPERATIONS.md).
 */
public final class ClientAddress {

	private ClientAddress() {
	}

	public static String of(HttpServletRequest request) {
		String address = request.getRemoteAddr();
		return (address == null) ? "" : address;
	}

	/**
	 * The address of the request being handled on this thread, for code that Spring Security calls
	 * without the request (loading the user at log-in); empty outside a request.
	 */
	static String current() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet) {
			return of(servlet.getRequest());
		}
		return "";
	}

}
