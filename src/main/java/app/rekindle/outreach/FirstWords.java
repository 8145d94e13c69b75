package app.rekindle.outreach;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Example first words for four situations, to borrow or to learn the tone from: short, asking for
 * little or nothing, carrying no blame, and easy to say no to. The words live in the messages
 * ({@code firstWords.<SITUATION>.title}, {@code .about}, {@code .example.<n>} and, where a
 * situation has them, {@code .tip.<n>}); this names which there are, and a test runs the pressure
 * check over every example.
 */
public enum FirstWords {

	/** They ended it: their decision is respected, and nothing is asked of them. */
	THEY_ENDED_IT(3, 0, false),

	/** The person ended it: their part owned, no answer expected. */
	YOU_ENDED_IT(3, 0, false),

	/** They wrote first: how to answer, and answers to borrow. */
	THEY_REACHED_OUT(4, 6, true),

	/** Children, work, things to return: the practical matter only. */
	PRACTICAL(3, 1, true);

	private final int examples;

	private final int tips;

	private final boolean inNoContact;

	FirstWords(int examples, int tips, boolean inNoContact) {
		this.examples = examples;
		this.tips = tips;
		this.inNoContact = inNoContact;
	}

	/** The situations shown while no contact is kept: they wrote first, or something practical. */
	public static List<FirstWords> inNoContact() {
		return List.of(values()).stream().filter((situation) -> situation.inNoContact).toList();
	}

	/** The example a "Use this" link names ({@link Example#id()}), if there is one by that id. */
	public static Optional<Example> example(String id) {
		if (id == null) {
			return Optional.empty();
		}
		return List.of(values()).stream()
			.flatMap((situation) -> situation.examples().stream())
			.filter((example) -> example.id().equals(id))
			.findFirst();
	}

	/** The situation's place on the page, for links to it: {@code they-reached-out}. */
	public String anchor() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	public String titleCode() {
		return "firstWords." + name() + ".title";
	}

	public String aboutCode() {
		return "firstWords." + name() + ".about";
	}

	public List<Example> examples() {
		return IntStream.rangeClosed(1, this.examples).mapToObj((number) -> new Example(this, number)).toList();
	}

	/** The message codes of the situation's tips, in order; none for most. */
	public List<String> tipCodes() {
		return IntStream.rangeClosed(1, this.tips).mapToObj((number) -> "firstWords." + name() + ".tip." + number).toList();
	}

	/** One example message of a situation. */
	public record Example(FirstWords situation, int number) {

		/** The message code of its words. */
		public String code() {
			return "firstWords." + this.situation.name() + ".example." + this.number;
		}

		/** How a link names it: {@code THEY_ENDED_IT-2}. */
		public String id() {
			return this.situation.name() + "-" + this.number;
		}

	}

}
