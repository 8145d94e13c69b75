package app.rekindle.summary;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PdfTurnsTests {

	@Test
	void aPdfBeyondTheTurnsIsAnswered503OnceItHasWaitedLongEnough() {
		PdfTurns turns = new PdfTurns(2, Duration.ofMillis(50));
		try (PdfTurns.Turn first = turns.take(); PdfTurns.Turn second = turns.take()) {
			assertThatExceptionOfType(ResponseStatusException.class).isThrownBy(turns::take)
				.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE));
		}
	}

	@Test
	void aWaitingPdfGetsTheTurnThatIsGivenBack() throws Exception {
		PdfTurns turns = new PdfTurns(1, Duration.ofSeconds(10));
		PdfTurns.Turn first = turns.take();
		CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> {
			try (PdfTurns.Turn next = turns.take()) {
				return true;
			}
		});
		Thread.sleep(100);
		assertThat(waiting).isNotDone();

		first.close();

		assertThat(waiting.get(5, TimeUnit.SECONDS)).isTrue();
	}

	@Test
	void atLeastOneTurnIsNeeded() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PdfTurns(0, Duration.ofSeconds(1)))
			.withMessageContaining("rekindle.summary.concurrent-pdfs");
	}

}
