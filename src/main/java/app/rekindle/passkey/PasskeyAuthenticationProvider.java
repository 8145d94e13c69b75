package app.rekindle.passkey;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

import app.rekindle.account.AccountUser;
import app.rekindle.account.SignIn;

/**
 * Signs in with a passkey: Spring Security's relying party checks the browser's answer, and the
 * person it names is signed in as the log-in form signs them in, an {@link AccountUser}, so every page
 * finds the account the same way. (Spring Security's own provider would put the passkey's user entity
 * in its place.) Any failure is bad credentials, which the page shows as a calm message.
 */
final class PasskeyAuthenticationProvider implements AuthenticationProvider {

	private final WebAuthnRelyingPartyOperations relyingParty;

	private final SignIn signIn;

	PasskeyAuthenticationProvider(WebAuthnRelyingPartyOperations relyingParty, SignIn signIn) {
		this.relyingParty = relyingParty;
		this.signIn = signIn;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		WebAuthnAuthenticationRequestToken request = (WebAuthnAuthenticationRequestToken) authentication;
		PublicKeyCredentialUserEntity owner;
		try {
			owner = this.relyingParty.authenticate(request.getWebAuthnRequest());
		}
		catch (RuntimeException ex) {
			throw new BadCredentialsException("The passkey did not check out", ex);
		}
		AccountUser user = this.signIn.userFor(owner.getName())
			.orElseThrow(() -> new BadCredentialsException("The passkey's account is gone"));
		return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return WebAuthnAuthenticationRequestToken.class.isAssignableFrom(authentication);
	}

}
