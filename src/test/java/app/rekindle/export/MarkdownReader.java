package app.rekindle.export;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/** Reads Markdown the way a reader's program will: CommonMark with GitHub's tables and strikethrough. */
public final class MarkdownReader {

	private static final Parser PARSER = Parser.builder()
		.extensions(List.of(TablesExtension.create(), StrikethroughExtension.create()))
		.build();

	private MarkdownReader() {
	}

	public static Node parse(String markdown) {
		return PARSER.parse(markdown);
	}

	/** The words of a node as a reader sees them: its text, line breaks, and a blank line after each paragraph. */
	public static String text(Node node) {
		StringBuilder out = new StringBuilder();
		node.accept(new AbstractVisitor() {
			@Override
			public void visit(Text text) {
				out.append(text.getLiteral());
			}

			@Override
			public void visit(HardLineBreak lineBreak) {
				out.append('\n');
			}

			@Override
			public void visit(Paragraph paragraph) {
				visitChildren(paragraph);
				out.append("\n\n");
			}
		});
		return out.toString();
	}

	/** Every node of the type in the document, in order. */
	public static <T extends Node> List<T> nodes(Node document, Class<T> type) {
		List<T> found = new ArrayList<>();
		collect(document, type, found);
		return found;
	}

	private static <T extends Node> void collect(Node node, Class<T> type, List<T> found) {
		if (type.isInstance(node)) {
			found.add(type.cast(node));
		}
		for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
			collect(child, type, found);
		}
	}

}
