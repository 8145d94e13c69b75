package app.rekindle.passkey;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.webauthn.registration.HttpSessionPublicKeyCredentialCreationOptionsRepository;
import org.springframework.security.web.webauthn.registration.PublicKeyCredentialCreationOptionsRepository;

import app.rekindle.account.SignIn;
import app.rekindle.system.SecurityChainAddition;

/**
 * Passkeys with Spring Security's WebAuthn support ({@code http.webAuthn}), its JDBC stores
 * ({@code V20__passkeys.sql}) and the relying party of {@link PasskeyProperties}. Spring Security
 * serves the JSON steps: {@code POST /webauthn/register/options} (signed in),
 * {@code POST /webauthn/authenticate/options} and {@code POST /login/webauthn}, each with the CSRF token.
 * A passkey sign-in is handled like the log-in form's: a new session id, the context in the session
 * (which lives in the database), the signed-in {@code AccountUser}, then the page that asked or Today.
 * Adding and removing a passkey are the account page's own forms ({@code passkey.web}), so a name is
 * checked like any other field and a removal is asked first; Spring Security's JSON routes for those
 * ({@code POST /webauthn/register}, {@code DELETE /webauthn/register/{id}}) and its generated pages are off.
 */
@Configuration(proxyBeanMethods = false)
class PasskeyConfiguration {

	@Bean
	PublicKeyCredentialUserEntityRepository passkeyUserEntities(JdbcOperations jdbc) {
		return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
	}

	@Bean
	UserCredentialRepository passkeyCredentials(JdbcOperations jdbc, Clock clock) {
		return new ClockedUserCredentials(new JdbcUserCredentialRepository(jdbc), clock);
	}

	@Bean
	WebAuthnRelyingPartyOperations passkeyRelyingParty(PublicKeyCredentialUserEntityRepository userEntities,
			UserCredentialRepository credentials, PasskeyProperties properties, Environment environment) {
		PublicKeyCredentialRpEntity rp = PublicKeyCredentialRpEntity.builder()
			.id(properties.rpId())
			.name(properties.rpName())
			.build();
		return new Webauthn4JRelyingPartyOperations(userEntities, credentials, rp,
				new AllowedOrigins(properties.allowedOrigins(), environment));
	}

	@Bean
	SecurityChainAddition passkeySignIn(WebAuthnRelyingPartyOperations relyingParty, SignIn signIn,
			PasskeyProperties properties) {
		return (http) -> http.webAuthn((webAuthn) -> webAuthn.rpId(properties.rpId())
			.rpName(properties.rpName())
			.disableDefaultRegistrationPage(true)
			.withObjectPostProcessor(signInLikeTheLogInForm(http, new PasskeyAuthenticationProvider(relyingParty, signIn))))
			.addFilterBefore(new SpringRegistrationRoutesOff(), AuthorizationFilter.class);
	}

	private static ObjectPostProcessor<WebAuthnAuthenticationFilter> signInLikeTheLogInForm(HttpSecurity http,
			PasskeyAuthenticationProvider provider) {
		return new ObjectPostProcessor<>() {
			@Override
			public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
				filter.setAuthenticationManager(new ProviderManager(provider));
				filter.setSessionAuthenticationStrategy(http.getSharedObject(SessionAuthenticationStrategy.class));
				filter.setSecurityContextRepository(http.getSharedObject(SecurityContextRepository.class));
				RequestCache requestCache = http.getSharedObject(RequestCache.class);
				filter.setAuthenticationSuccessHandler(
						new PasskeySignedIn((requestCache != null) ? requestCache : new HttpSessionRequestCache()));
				return filter;
			}
		};
	}

	/**
	 * Where Spring Security's JSON routes keep the options of a passkey being made between the two steps:
	 * its own filter and {@code passkey.web} read the same session attribute.
	 */
	@Bean
	PublicKeyCredentialCreationOptionsRepository passkeyCreationOptions() {
		return new HttpSessionPublicKeyCredentialCreationOptionsRepository();
	}

}
