package app.rekindle.export;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a person wrote, escaped and read back by a real CommonMark parser ({@link MarkdownReader}):
 * it must come back as the same words, in plain paragraphs, whatever Markdown it looks like.
 */
class MarkdownTextTests {

	@ParameterizedTest
	@ValueSource(strings = { "# not a heading", "###### not a heading either", "> not a quote", "- not a list",
			"+ not a list", "* not a list", "- [ ] not a task", "1. not a number", "1) not a number",
			"1986. A good year", "---", "***", "___", "===", "```", "~~~", "<div>not html</div>",
			"<!-- not a comment -->", "<https://not.a.link>", "[not a link](https://example.org)",
			"![not an image](x.png)", "[not]: https://a.reference", "[^not a footnote]", "`not code`",
			"*not emphasis*", "_not emphasis_", "**not strong**", "~~not struck~~", "| not | a | table |",
			"&amp; is not an entity", "&#35; nor this", "Tom & Jerry <3 > all", "a \\ backslash",
			"ends in a backslash\\", "snake_case_words", "2 * 3 = 6", "I said: \"stop\" (twice)!",
			"Ünïcödé, emoji 🌱 and — dashes" })
	void aLineReadsBackAsTheSameWords(String line) {
		assertThat(readBack(MarkdownText.block(line))).isEqualTo(line);
	}

	@Test
	void indentationCannotMakeCodeAndIsDropped() {
		assertThat(readBack(MarkdownText.block("    not code\n\tnor this"))).isEqualTo("not code\nnor this");
	}

	@Test
	void lineBreaksAreKeptAndBlankLinesSeparateParagraphs() {
		String text = "Dear you,\n- I miss the walks\n# and the rain\r\n\r\n\r\nbut I am well.\n1. really";
		String block = MarkdownText.block(text);

		assertThat(readBack(block)).isEqualTo("Dear you,\n- I miss the walks\n# and the rain\n\nbut I am well.\n1. really");
		assertThat(MarkdownReader.parse(block).getFirstChild().getNext()).isInstanceOf(Paragraph.class);
	}

	@Test
	void emptyTextWritesNothing() {
		assertThat(MarkdownText.block(null)).isEmpty();
		assertThat(MarkdownText.block(" \n \n")).isEmpty();
		assertThat(MarkdownText.inline(null)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Sam #", "# Sam", "Sam\n# two lines", "[Sam](x)", "Sam *", "<b>Sam</b>" })
	void textInAHeadingStaysInsideIt(String name) {
		Node document = MarkdownReader.parse("## Journey with " + MarkdownText.inline(name) + "\n");

		assertThat(document.getFirstChild()).isInstanceOf(Heading.class);
		assertThat(document.getFirstChild().getNext()).isNull();
		assertThat(plainText(document.getFirstChild())).isEqualTo("Journey with " + name.replace('\n', ' '));
	}

	/** The text of a document that may hold only paragraphs of text and hard line breaks. */
	static String readBack(String markdown) {
		Node document = MarkdownReader.parse(markdown);
		StringBuilder out = new StringBuilder();
		for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
			assertThat(block).as("only paragraphs in %s", markdown).isInstanceOf(Paragraph.class);
			if (out.length() > 0) {
				out.append("\n\n");
			}
			out.append(plainText(block));
		}
		return out.toString();
	}

	/** The text of one block, failing on anything but text and hard line breaks inside it. */
	static String plainText(Node block) {
		StringBuilder out = new StringBuilder();
		block.accept(new AbstractVisitor() {
			@Override
			public void visit(Text text) {
				out.append(text.getLiteral());
			}

			@Override
			public void visit(HardLineBreak lineBreak) {
				out.append('\n');
			}

			@Override
			protected void visitChildren(Node parent) {
				for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
					assertThat(child).as("plain text only").isInstanceOfAny(Text.class, HardLineBreak.class);
					child.accept(this);
				}
			}
		});
		return out.toString();
	}

	@Test
	void theReaderIsStrictEnoughToCatchUnescapedMarkdown() {
		assertThatThrownBy(() -> readBack("*emphasis*")).isInstanceOf(AssertionError.class);
		assertThatThrownBy(() -> readBack("# heading")).isInstanceOf(AssertionError.class);
		assertThatThrownBy(() -> readBack("line\nbreak")).as("a soft break would join the lines")
			.isInstanceOf(AssertionError.class);
	}

}
