package app.rekindle.history;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextSearchTests {

	@Test
	void findsWordsIgnoringCaseInAnyScript() {
		assertThat(TextSearch.of("river").matches("Walked by the RIVER")).isTrue();
		assertThat(TextSearch.of("ÜBER").matches("es war über alles")).isTrue();
		assertThat(TextSearch.of("σοφία").matches("ΣΟΦΊΑ")).isTrue();
		assertThat(TextSearch.of("lake").matches("Walked by the river")).isFalse();
		assertThat(TextSearch.of("a.b").matches("axb")).as("the query is text, not a pattern").isFalse();
	}

	@Test
	void marksEveryMatchInTheSnippetAndKeepsTheRestAsPlainText() {
		List<SearchHit.Part> parts = TextSearch.of("walk").snippet("<b>Walk</b> then a long walk");
		assertThat(parts).containsExactly(new SearchHit.Part("<b>", false), new SearchHit.Part("Walk", true),
				new SearchHit.Part("</b> then a long ", false), new SearchHit.Part("walk", true));
	}

	@Test
	void cutsLongTextAroundTheFirstMatchWithoutSplittingACharacter() {
		String text = "😢".repeat(200) + " the word " + "😢".repeat(200);
		List<SearchHit.Part> parts = TextSearch.of("word").snippet(text);
		assertThat(parts.get(0).text()).isEqualTo("… ");
		assertThat(parts.get(parts.size() - 1).text()).isEqualTo(" …");
		String joined = String.join("", parts.stream().map(SearchHit.Part::text).toList());
		assertThat(joined.codePoints().allMatch((cp) -> !Character.isSurrogate((char) cp) || cp > 0xFFFF)).isTrue();
		assertThat(joined.length()).isLessThan(text.length());
	}

}
