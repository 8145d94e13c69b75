package app.rekindle.testsupport;

import java.time.ZoneId;
import java.util.UUID;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import app.rekindle.account.AccountService;
import app.rekindle.account.AccountUser;
import app.rekindle.account.EmailAddress;
import app.rekindle.account.SignUpCommand;

/**
 * Creates accounts through the real sign-up service, each with a fresh email, and hands back the
 * principal a MockMvc request signs in as ({@code with(user(principal))}).
 */
@Component
public class TestAccounts {

	public static final String PASSWORD = "steady morning light";

	private final AccountService accounts;

	private final UserDetailsService users;

	TestAccounts(AccountService accounts, UserDetailsService users) {
		this.accounts = accounts;
		this.users = users;
	}

	public static String uniqueEmail() {
		return "person-" + UUID.randomUUID() + "@example.org";
	}

	public AccountUser create() {
		return create(uniqueEmail(), ZoneId.of("Europe/Berlin"));
	}

	public AccountUser create(String email, ZoneId zone) {
		this.accounts.signUp(new SignUpCommand(EmailAddress.of(email), PASSWORD, zone));
		return (AccountUser) this.users.loadUserByUsername(email);
	}

}
