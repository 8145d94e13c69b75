package app.rekindle.system;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/** Passwords are hashed with BCrypt at cost 10 unless the operator sets another; every stored hash still matches. */
class PasswordHashCostTests {

	private final SecurityConfiguration configuration = new SecurityConfiguration();

	@Test
	void hashesWithBcryptAtCostTenByDefault() {
		PasswordEncoder encoder = this.configuration.passwordEncoder(SecurityConfiguration.DEFAULT_PASSWORD_HASH_COST);

		String hash = encoder.encode("steady morning light");

		assertThat(hash).startsWith("{bcrypt}$2a$10$");
		assertThat(encoder.matches("steady morning light", hash)).isTrue();
		assertThat(encoder.matches("steady morning lights", hash)).isFalse();
	}

	@Test
	void aHashMadeAtAnotherCostStillMatches() {
		String madeAtCostFour = this.configuration.passwordEncoder(4).encode("steady morning light");

		PasswordEncoder encoder = this.configuration.passwordEncoder(SecurityConfiguration.DEFAULT_PASSWORD_HASH_COST);

		assertThat(madeAtCostFour).startsWith("{bcrypt}$2a$04$");
		assertThat(encoder.matches("steady morning light", madeAtCostFour)).isTrue();
	}

}
