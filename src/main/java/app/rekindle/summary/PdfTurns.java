package app.rekindle.summary;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Turns at laying out a PDF. A year's PDF needs tens of megabytes while it is laid out and keeps a
 * core busy, so sixteen at once ran the production heap out of memory while adding no speed. Requests
 * beyond the turns wait, first come first served; one that waits longer than the wait is answered
 * 503, and the person is asked to try again in a moment.
 */
final class PdfTurns {

	private final Semaphore turns;

	private final Duration wait;

	PdfTurns(int turns, Duration wait) {
		if (turns < 1) {
			throw new IllegalArgumentException("rekindle.summary.concurrent-pdfs must be at least 1, not " + turns);
		}
		this.turns = new Semaphore(turns, true);
		this.wait = wait;
	}

	/** A turn, to be closed when the PDF is done. */
	Turn take() {
		try {
			if (!this.turns.tryAcquire(this.wait.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "Every turn at a PDF is taken");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "Interrupted while waiting for a turn", ex);
		}
		return this.turns::release;
	}

	interface Turn extends AutoCloseable {

		@Override
		void close();

	}

}
