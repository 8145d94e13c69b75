package app.rekindle.summary;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.w3c.dom.Document;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * The summary as a PDF: the same content fragment as the page, in a paper layout, with the
 * fonts embedded and the charts kept as vectors.
 */
@Component
public class SummaryPdf {

	private static final String FONT = "DejaVu Sans";

	private final SpringTemplateEngine templates;

	private final ApplicationContext context;

	private final String baseUri;

	/** The font files, read from the jar once: inflating them again for every PDF cost more than the layout. */
	private final byte[] regular = font("/fonts/DejaVuSans.ttf");

	private final byte[] bold = font("/fonts/DejaVuSans-Bold.ttf");

	/**
	 * How many PDFs are laid out at once. A year's PDF needs tens of megabytes while it is laid out and
	 * keeps a core busy, so sixteen at once ran the production heap out of memory while adding no
	 * speed; the others wait their turn, and after {@link #WAIT_SECONDS} the person is asked to try again.
	 */
	private final Semaphore renders;

	static final int WAIT_SECONDS = 20;

	SummaryPdf(SpringTemplateEngine templates, ApplicationContext context,
			@Value("${rekindle.summary.concurrent-pdfs:2}") int concurrentPdfs) {
		if (concurrentPdfs < 1) {
			throw new IllegalArgumentException("rekindle.summary.concurrent-pdfs must be at least 1, not " + concurrentPdfs);
		}
		this.renders = new Semaphore(concurrentPdfs, true);
		this.templates = templates;
		this.context = context;
		URL statics = SummaryPdf.class.getResource("/static/");
		this.baseUri = (statics != null) ? statics.toExternalForm() : null;
	}

	/**
	 * @throws ResponseStatusException 503 when the PDFs before it did not leave a turn within
	 * {@link #WAIT_SECONDS} seconds
	 */
	public byte[] render(Summary summary) {
		try {
			if (!this.renders.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
				throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "Too many PDFs at once");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "Interrupted while waiting for a turn", ex);
		}
		try {
			return layOut(summary);
		}
		finally {
			this.renders.release();
		}
	}

	private byte[] layOut(Summary summary) {
		Context variables = new Context(Locale.ENGLISH);
		variables.setVariable("s", summary);
		variables.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.context, null));
		String html = this.templates.process("summary/pdf", variables);
		Document document = new W3CDom().fromJsoup(Jsoup.parse(html));
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useSVGDrawer(new BatikSVGDrawer());
			builder.useFont(() -> new ByteArrayInputStream(this.regular), FONT, 400, BaseRendererBuilder.FontStyle.NORMAL,
					true);
			builder.useFont(() -> new ByteArrayInputStream(this.bold), FONT, 700, BaseRendererBuilder.FontStyle.NORMAL,
					true);
			builder.withW3cDocument(document, this.baseUri);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The summary could not be rendered as a PDF", ex);
		}
	}

	private static byte[] font(String path) {
		try (InputStream in = SummaryPdf.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("The font " + path + " is missing from the application");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The font " + path + " could not be read", ex);
		}
	}

}
