package app.rekindle.checkin.web;

import java.time.LocalDate;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.rekindle.account.AccountUser;

/** A check-in POST as the form sends it, for tests in other packages. */
public final class CheckInControllerTestsSupport {

	private CheckInControllerTestsSupport() {
	}

	public static MockHttpServletRequestBuilder checkIn(AccountUser user, LocalDate day, String mood, String urge) {
		return CheckInControllerTests.checkIn(user, day, mood, urge, "NONE");
	}

}
