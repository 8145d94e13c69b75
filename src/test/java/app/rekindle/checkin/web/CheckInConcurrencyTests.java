package app.rekindle.checkin.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import app.rekindle.account.AccountClock;
import app.rekindle.account.AccountUser;
import app.rekindle.testsupport.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/** Twenty saves of today's check-in at once: one row, and every person sees a page, never an error. */
@SpringBootTest
@AutoConfigureMockMvc
class CheckInConcurrencyTests {

	private static final int THREADS = 20;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private AccountClock accountClock;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void twentySimultaneousCheckInsLeaveOneRowAndNoErrorPage() throws Exception {
		AccountUser user = this.accounts.create();
		LocalDate today = this.accountClock.today(user.accountId());
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		List<Future<Integer>> statuses = new ArrayList<>();
		try {
			for (int i = 0; i < THREADS; i++) {
				String mood = String.valueOf(1 + i % 5);
				statuses.add(pool.submit(() -> {
					go.await();
					return this.mvc.perform(CheckInControllerTests.checkIn(user, today, mood, "4", "NONE"))
						.andReturn()
						.getResponse()
						.getStatus();
				}));
			}
			go.countDown();
			for (Future<Integer> status : statuses) {
				assertThat(status.get(60, TimeUnit.SECONDS)).isIn(200, 302);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.jdbc.queryForObject("select count(*) from check_in where account_id = ? and check_in_day = ?",
				Integer.class, user.accountId(), today)).isEqualTo(1);
	}

}
