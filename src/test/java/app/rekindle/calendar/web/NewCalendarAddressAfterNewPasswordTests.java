package app.rekindle.calendar.web;

import java.time.Duration;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import app.rekindle.account.AccountUser;
import app.rekindle.calendar.CalendarFeedService;
import app.rekindle.testsupport.JournalTest;
import app.rekindle.testsupport.MutableClock;
import app.rekindle.testsupport.MutableClockConfiguration;
import app.rekindle.testsupport.TestAccounts;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * After a new password, whoever knew the old one may also have the calendar address: while the feed's
 * address is older than the password, the account page offers a new one.
 */
@JournalTest
class NewCalendarAddressAfterNewPasswordTests {

	private static final String OFFER = "Your password changed after this calendar address was made.";

	private static final String NEW_PASSWORD = "a brighter kind of quiet";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private CalendarFeedService feeds;

	@Autowired
	private MutableClock clock;

	@Test
	void offersANewAddressAfterANewPasswordUntilOneIsMade() throws Exception {
		this.clock.set(MutableClockConfiguration.START);
		AccountUser person = this.accounts.create();
		this.feeds.turnOnOrChange(person.accountId(), LocalTime.of(20, 0));
		this.mvc.perform(get("/account").with(user(person))).andExpect(content().string(not(containsString(OFFER))));

		this.clock.advance(Duration.ofMinutes(1));
		this.mvc.perform(post("/account/password").with(user(person))
				.with(csrf())
				.param("currentPassword", TestAccounts.PASSWORD)
				.param("newPassword", NEW_PASSWORD)
				.param("newPasswordConfirmation", NEW_PASSWORD))
			.andExpect(redirectedUrl("/account"));
		this.mvc.perform(get("/account").with(user(person)))
			.andExpect(content().string(containsString(OFFER)))
			.andExpect(content().string(containsString("Make a new calendar address")));

		this.clock.advance(Duration.ofMinutes(1));
		this.mvc.perform(post("/account/calendar/new-address").with(user(person)).with(csrf()))
			.andExpect(redirectedUrl("/account#calendar"));
		this.mvc.perform(get("/account").with(user(person))).andExpect(content().string(not(containsString(OFFER))));
	}

	@Test
	void offersNothingWithoutAFeed() throws Exception {
		this.clock.set(MutableClockConfiguration.START);
		AccountUser person = this.accounts.create();
		this.clock.advance(Duration.ofMinutes(1));
		this.mvc.perform(post("/account/password").with(user(person))
				.with(csrf())
				.param("currentPassword", TestAccounts.PASSWORD)
				.param("newPassword", NEW_PASSWORD)
				.param("newPasswordConfirmation", NEW_PASSWORD))
			.andExpect(redirectedUrl("/account"));
		this.mvc.perform(get("/account").with(user(person))).andExpect(content().string(not(containsString(OFFER))));
	}

}
