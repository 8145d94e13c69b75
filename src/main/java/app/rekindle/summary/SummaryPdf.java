package app.rekindle.summary;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.time.Duration;
import java.util.Locale;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.w3c.dom.Document;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
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

	/** The font files, read once: reading them for every PDF cost more than the layout (docs/PERFORMANCE.md). */
	private final byte[] regular = font("/fonts/DejaVuSans.ttf");

	private final byte[] bold = font("/fonts/DejaVuSans-Bold.ttf");

	private final PdfTurns turns;

	SummaryPdf(SpringTemplateEngine templates, ApplicationContext context,
			@Value("${rekindle.summary.concurrent-pdfs:2}") int concurrentPdfs) {
		this.turns = new PdfTurns(concurrentPdfs, Duration.ofSeconds(20));
		this.templates = templates;
		this.context = context;
		URL statics = SummaryPdf.class.getResource("/static/");
		this.baseUri = (statics != null) ? statics.toExternalForm() : null;
	}

	/** @throws org.springframework.web.server.ResponseStatusException 503 when no turn came free in time (see {@link PdfTurns}) */
	public byte[] render(Summary summary) {
		try (PdfTurns.Turn turn = this.turns.take()) {
			return layOut(summary);
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
