package app.rekindle.outreach;

import java.util.List;
import java.util.Objects;

/**
 * How the person looked back on a conversation, for themselves: four questions answered yes,
 * partly or no, and a note if they like. Nothing here is scored or counted by the rules; it is
 * there so the next conversation can be a little kinder. The questions are named in the messages
 * as {@code conversation.review.<question>}.
 *
 * @param listened did I listen more than I talked?
 * @param spokeForMyself did I speak for myself, rather than about what they did?
 * @param stayedCalm did I stay calm when something was hard to hear?
 * @param pushed did I push for an answer, or for what we are to each other?
 * @param note what they noticed, in their own words, or null
 */
public record ConversationReview(ReviewAnswer listened, ReviewAnswer spokeForMyself, ReviewAnswer stayedCalm,
		ReviewAnswer pushed, String note) {

	/** The questions, in the order they are asked: each is the name of its component. */
	public static final List<String> QUESTIONS = List.of("listened", "spokeForMyself", "stayedCalm", "pushed");

	public ConversationReview {
		Objects.requireNonNull(listened, "listened");
		Objects.requireNonNull(spokeForMyself, "spokeForMyself");
		Objects.requireNonNull(stayedCalm, "stayedCalm");
		Objects.requireNonNull(pushed, "pushed");
	}

	/** Each question with its answer, in the order they are asked, for a page to list. */
	public List<Answered> answered() {
		return QUESTIONS.stream().map((question) -> new Answered(question, answer(question))).toList();
	}

	/** The answer to one of {@link #QUESTIONS}. */
	public ReviewAnswer answer(String question) {
		return switch (question) {
			case "listened" -> this.listened;
			case "spokeForMyself" -> this.spokeForMyself;
			case "stayedCalm" -> this.stayedCalm;
			case "pushed" -> this.pushed;
			default -> throw new IllegalArgumentException("No such question: " + question);
		};
	}

	/** One question, named as in {@link #QUESTIONS}, and its answer. */
	public record Answered(String question, ReviewAnswer answer) {
	}

}
