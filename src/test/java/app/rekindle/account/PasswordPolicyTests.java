package app.rekindle.account;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	@ParameterizedTest
	@CsvSource(nullValues = "NULL", value = { "NULL, password.tooShort", "'', password.tooShort",
			"'nine char', password.tooShort", "qwertyuiop, password.common", "QwertyUIOP, password.common",
			"' 1234567890 ', password.common", "password123, password.common", "iloveyou123, password.common" })
	void namesTheRuleAPasswordBreaks(String password, String code) {
		assertThat(PasswordPolicy.problemWith(password)).contains(code);
	}

	@ParameterizedTest
	@ValueSource(ints = { PasswordPolicy.MAX_LENGTH + 1, 1000 })
	void refusesPasswordsLongerThanTheMaximum(int length) {
		assertThat(PasswordPolicy.problemWith("k".repeat(length))).contains("password.tooLong");
	}

	@ParameterizedTest
	@ValueSource(strings = { "ten chars!", "a calm and steady river", "Zürich im Frühling 2026" })
	void acceptsPasswordsThatFollowTheRules(String password) {
		assertThat(PasswordPolicy.problemWith(password)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(ints = { PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH })
	void acceptsTheBoundaryLengths(int length) {
		assertThat(PasswordPolicy.problemWith("ab".repeat(length).substring(0, length - 1) + "z")).isEmpty();
	}

}
