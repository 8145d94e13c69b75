package app.rekindle.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import app.rekindle.account.AccountUser;
import app.rekindle.progression.Stage;
import app.rekindle.testsupport.TestAccounts;
import app.rekindle.testsupport.TestJourneys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Two Advance requests at once move the stage once. The open gate is reaching out, configured to
 * need nothing, so both requests find it open.
 */
@SpringBootTest(properties = { "rekindle.rules.outreach.min-warm-replies=0",
		"rekindle.rules.outreach.min-positive-conversations=0" })
@AutoConfigureMockMvc
class AdvanceConcurrencyTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private TestJourneys journeys;

	@Autowired
	private JourneyRepository repository;

	@Autowired
	private TransactionTemplate transactions;

	@Test
	void theVersionStopsAChangeMadeFromAStaleCopy() throws Exception {
		AccountUser user = this.accounts.create();
		long id = this.journeys.start(user).getId();
		this.journeys.putInStage(id, Stage.REACHING_OUT);
		CountDownLatch loaded = new CountDownLatch(1);
		CountDownLatch otherCommitted = new CountDownLatch(1);
		ExecutorService other = Executors.newSingleThreadExecutor();
		try {
			Future<?> winner = other.submit(() -> {
				loaded.await();
				this.transactions.executeWithoutResult((status) -> this.repository.findById(id).orElseThrow()
					.advance(java.time.Instant.now(java.time.Clock.systemUTC())));
				otherCommitted.countDown();
				return null;
			});
			assertThatExceptionOfType(ObjectOptimisticLockingFailureException.class)
				.isThrownBy(() -> this.transactions.executeWithoutResult((status) -> {
					Journey stale = this.repository.findById(id).orElseThrow();
					loaded.countDown();
					await(otherCommitted);
					stale.advance(java.time.Instant.now(java.time.Clock.systemUTC()));
				}));
			winner.get(10, TimeUnit.SECONDS);
		}
		finally {
			other.shutdownNow();
		}
		assertThat(this.journeys.stageOf(id)).isEqualTo("REBUILDING_TRUST");
		assertThat(this.journeys.timelineEntries(id, "GATE_PASSED")).as("the setup entry plus one advance").isEqualTo(2);
	}

	@RepeatedTest(5)
	void twoAdvancePostsAtOnceMoveTheStageOnceAndNeitherSeesAnError() throws Exception {
		AccountUser user = this.accounts.create();
		long id = this.journeys.start(user).getId();
		this.journeys.putInStage(id, Stage.REACHING_OUT);
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> posts = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				posts.add(pool.submit(() -> {
					go.await();
					return this.mvc
						.perform(post("/journeys/{id}/advance", id).with(user(user)).with(csrf()).param("stage", "REACHING_OUT"))
						.andReturn()
						.getResponse()
						.getStatus();
				}));
			}
			go.countDown();
			for (Future<Integer> status : posts) {
				assertThat(status.get(20, TimeUnit.SECONDS)).isEqualTo(302);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.journeys.stageOf(id)).isEqualTo("REBUILDING_TRUST");
		assertThat(this.journeys.timelineEntries(id, "GATE_PASSED")).isEqualTo(2);
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
