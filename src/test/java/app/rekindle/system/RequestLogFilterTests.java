package app.rekindle.system;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class RequestLogFilterTests {

	@ParameterizedTest(name = "{0} is logged as {1}")
	@CsvSource(delimiter = '|', value = {
			"/dashboard | /dashboard",
			"/checkin/2026-11-22 | /checkin/2026-11-22",
			"/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics | /calendar/***.ics",
			"/calendar/AAAA | /calendar/***",
			"/calendar/AAAA.ics/more | /calendar/***",
			"/calendar/AAAA;x=1.ics | /calendar/***",
			"/calendar | /calendar",
			"/account;jsessionid=ABC | /account",
			"/a%0Ab | /a%0Ab",
			"'' | /" })
	void logsThePathWithoutSecrets(String requestUri, String logged) {
		assertThat(RequestLogFilter.loggablePath(requestUri)).isEqualTo(logged);
	}

	@ParameterizedTest
	@CsvSource({ "'/a\nb', /a?b", "'/a b\u00e9', /a?b?" })
	void keepsEveryLineOneLineOfPrintableText(String requestUri, String logged) {
		assertThat(RequestLogFilter.loggablePath(requestUri)).isEqualTo(logged);
	}

	@ParameterizedTest
	@CsvSource({ "300" })
	void boundsTheLengthOfAPath(int length) {
		assertThat(RequestLogFilter.loggablePath("/" + "x".repeat(length))).hasSize(203).endsWith("...");
	}

}
