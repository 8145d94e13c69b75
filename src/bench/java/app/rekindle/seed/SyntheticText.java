package app.rekindle.seed;

import java.util.SplittableRandom;

/** Plausible journal sentences of a chosen length, the same for the same random sequence. */
final class SyntheticText {

	private static final String[] SENTENCES = { "Woke up early and the flat felt very quiet.",
			"I thought about calling and did not, which feels like a small win.",
			"Work kept me busy for most of the day.", "Went for a long walk by the river after dinner.",
			"Saw an old photo and it stung more than I expected.",
			"Talked it through with my sister and felt lighter afterwards.",
			"I keep replaying the last argument in my head.", "Slept badly again, the evenings are the hardest part.",
			"Cooked a proper meal for the first time in a week.",
			"Noticed I reach for my phone whenever I am bored.", "A friend asked how I was and I told the truth.",
			"I can see now how often I stopped listening.", "The urge came back around ten at night and then passed.",
			"Tried the breathing exercise and it helped a little.", "Felt proud that I kept my promise today.",
			"Some days I miss the routine more than the person.", "Wrote down three things I want to do differently.",
			"Was tired and a bit short with people at work.", "Went to the gym even though I did not feel like it.",
			"Read for an hour instead of scrolling.", "We talked calmly for the first time in months.",
			"I am not sure what I want yet, and that is allowed.", "Our coffee was easy, we laughed about old things.",
			"I said sorry for the part that was mine, without excuses.", "Spent the afternoon outside in the sun.",
			"Music in the kitchen, a good evening for once.", "Felt the old jealousy and named it instead of acting on it.",
			"Today was ordinary, and ordinary is good.", "Planned the weekend with friends so it would not feel empty.",
			"Café au lait and a long chat with Zoë; I felt heard.", "Thinking about what trust would look like this time.",
			"Kept my phone in the other room all evening." };

	private static final String[] SHORT = { "Slept well", "Tired but fine", "Hard evening", "Better today",
			"Walked with a friend", "Missed them", "Calm day", "Long day at work", "Felt hopeful", "Quiet Sunday",
			"Journaling", "Yoga class", "Played guitar", "Baked bread" };

	private SyntheticText() {
	}

	/** Between {@code min} and {@code max} characters of sentences. */
	static String of(SplittableRandom random, int min, int max) {
		int target = min + random.nextInt(Math.max(1, max - min + 1));
		StringBuilder text = new StringBuilder(target + 80);
		while (text.length() < target) {
			if (text.length() > 0) {
				text.append(random.nextInt(6) == 0 ? "\n\n" : " ");
			}
			text.append(SENTENCES[random.nextInt(SENTENCES.length)]);
		}
		if (text.length() > max) {
			int cut = text.lastIndexOf(" ", max);
			text.setLength((cut > min) ? cut : max);
		}
		return text.toString().strip();
	}

	/** A few words, as in a title or a short answer. */
	static String phrase(SplittableRandom random) {
		return SHORT[random.nextInt(SHORT.length)];
	}

	/** A check-in note: often none, mostly a line or two, sometimes a long page. */
	static String note(SplittableRandom random) {
		int roll = random.nextInt(100);
		if (roll < 45) {
			return null;
		}
		if (roll < 75) {
			return of(random, 20, 140);
		}
		if (roll < 95) {
			return of(random, 200, 700);
		}
		return of(random, 1000, 2000);
	}

}
