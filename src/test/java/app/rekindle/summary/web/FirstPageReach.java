package app.rekindle.summary.web;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * How far down its first page a PDF's print reaches, from 0 (the top edge) to 1 (the bottom
 * edge): the lowest line of text on it, leaving out the PDF's running "Page 1 of 2" footer. The
 * charts' axis labels are text too, so a chart at the foot of the page counts.
 */
final class FirstPageReach extends PDFTextStripper {

	private float lowest;

	private FirstPageReach() {
		setStartPage(1);
		setEndPage(1);
	}

	static double of(PDDocument document) throws IOException {
		FirstPageReach reach = new FirstPageReach();
		reach.getText(document);
		return reach.lowest / document.getPage(0).getMediaBox().getHeight();
	}

	@Override
	protected void writeString(String text, List<TextPosition> positions) throws IOException {
		if (!text.strip().matches("Page \\d+ of \\d+")) {
			for (TextPosition position : positions) {
				this.lowest = Math.max(this.lowest, position.getYDirAdj());
			}
		}
		super.writeString(text, positions);
	}

}
