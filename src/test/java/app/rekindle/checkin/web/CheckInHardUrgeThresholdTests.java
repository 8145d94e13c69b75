package app.rekindle.checkin.web;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import app.rekindle.account.AccountClock;
import app.rekindle.account.AccountUser;
import app.rekindle.testsupport.TestAccounts;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** The urge that makes a check-in hard is {@code rekindle.checkin.hard-urge}, here lowered to 5. */
@SpringBootTest(properties = "rekindle.checkin.hard-urge=5")
@AutoConfigureMockMvc
class CheckInHardUrgeThresholdTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private AccountClock accountClock;

	@Test
	void theThresholdIsConfiguration() throws Exception {
		AccountUser user = this.accounts.create();
		LocalDate today = this.accountClock.today(user.accountId());
		this.mvc.perform(CheckInControllerTests.checkIn(user, today, "3", "4", "NONE")).andExpect(redirectedUrl("/dashboard"));
		this.mvc.perform(CheckInControllerTests.checkIn(user, today, "3", "5", "NONE"))
			.andExpect(redirectedUrl("/checkin/" + today + "/saved"));
	}

}
