package app.rekindle.system;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the shared layout needs on every page, error pages included (those are rendered outside
 * any controller, so a model attribute would not reach them). Templates read it as {@code @layout}.
 */
@Component("layout")
public class Layout {

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	/**
	 * Whether a person is signed in: the menu and the brand link depend on it. Asked of the security
	 * context directly. Why: the security dialect's {@code isAuthenticated()} cost a tenth of the
	 * layout's template time (docs/PERFORMANCE.md).
	 */
	public boolean signedIn() {
		return TRUST.isAuthenticated(SecurityContextHolder.getContext().getAuthentication());
	}

}
