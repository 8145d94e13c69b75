package app.rekindle.outreach;

import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static app.rekindle.outreach.PressureRule.BACK_TOGETHER;
import static app.rekindle.outreach.PressureRule.DATING_LIFE;
import static app.rekindle.outreach.PressureRule.GUILT_OR_BLAME;
import static app.rekindle.outreach.PressureRule.LATE_NIGHT;
import static app.rekindle.outreach.PressureRule.MANY_QUESTIONS;
import static app.rekindle.outreach.PressureRule.MISS_OR_LOVE;
import static app.rekindle.outreach.PressureRule.TOO_LONG;
import static app.rekindle.outreach.PressureRule.ULTIMATUM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/**
 * Drafts of the kind people write to an ex after weeks of no contact. Each flagged draft is
 * written to trip exactly one rule, so a phrase that also fires another rule shows up here.
 */
class PressureCheckTests {

	private static final PressureCheck check = PressureCheck.fromClasspath();

	private static final LocalTime AFTERNOON = LocalTime.of(15, 30);

	static Stream<Arguments> pressuringDrafts() {
		return Stream.of(
				flags(BACK_TOGETHER, "get back together", "I've been thinking a lot. I really think we should get back together."),
				flags(BACK_TOGETHER, "give us another chance", "Please give us another chance. I've changed, I promise."),
				flags(BACK_TOGETHER, "Try Again", "I know it's been six weeks but can we Try Again"),
				flags(BACK_TOGETHER, "START OVER", "Maybe we could START OVER, just the two of us 🌱"),
				flags(BACK_TOGETHER, "We belong together", "We belong together and I think deep down you know that."),
				flags(BACK_TOGETHER, "Come back to me", "Come back to me. The flat is so quiet without you."),
				flags(BACK_TOGETHER, "make it work again", "I think we can make it work again this time."),
				flags(BACK_TOGETHER, "we’re meant to be together", "Six weeks apart and I still feel we’re meant to be together."),
				flags(MISS_OR_LOVE, "I miss you", "I miss you. That's all, really."),
				flags(MISS_OR_LOVE, "miss you so much", "miss you so much it hurts 💔"),
				flags(MISS_OR_LOVE, "STILL LOVE YOU", "I STILL LOVE YOU"),
				flags(MISS_OR_LOVE, "can’t stop thinking about you", "I can’t stop thinking about you since we bumped into each other at the station."),
				flags(MISS_OR_LOVE, "cant live without you", "Honestly I cant live without you"),
				flags(MISS_OR_LOVE, "Love you to bits", "Love you to bits, always will x"),
				flags(MISS_OR_LOVE, "I’ve missed you", "Not sure how to say this. I’ve missed you more than I expected to."),
				flags(MISS_OR_LOVE, "I love you", "The dog keeps waiting by the door. I love you."),
				flags(GUILT_OR_BLAME, "You ruined", "You ruined the best thing that ever happened to me."),
				flags(GUILT_OR_BLAME, "I'm a mess because of you", "I'm a mess because of you."),
				flags(GUILT_OR_BLAME, "After everything I did for you", "After everything I did for you, not even a text on my birthday."),
				flags(GUILT_OR_BLAME, "You owe me", "You owe me an explanation at least."),
				flags(GUILT_OR_BLAME, "How could you", "How could you just leave like that."),
				flags(GUILT_OR_BLAME, "You never", "You never listened to me, not once."),
				flags(GUILT_OR_BLAME, "You ALWAYS", "You ALWAYS put your friends first."),
				flags(GUILT_OR_BLAME, "It’s your fault", "It’s your fault we ended up like this."),
				flags(GUILT_OR_BLAME, "you don't even care", "Three weeks and you don't even care how I'm doing."),
				flags(ULTIMATUM, "If you don't", "If you don't reply by Friday I'm deleting your number."),
				flags(ULTIMATUM, "Answer me", "Answer me. Please."),
				flags(ULTIMATUM, "This is your last chance", "This is your last chance to explain."),
				flags(ULTIMATUM, "now or never", "It's now or never for me."),
				flags(ULTIMATUM, "You have until", "You have until Sunday to decide."),
				flags(ULTIMATUM, "I need an answer", "I need an answer tonight."),
				flags(ULTIMATUM, "or else", "Text me back or else."),
				flags(ULTIMATUM, "I’ll never speak to you again", "If this gets ignored I’ll never speak to you again"),
				flags(MANY_QUESTIONS, "2 questions", "How are you? How is the new job going?"),
				flags(MANY_QUESTIONS, "3 questions", "Why?? Why now?? What changed?"),
				flags(MANY_QUESTIONS, "2 questions", "Did you get home okay?! Was the train on time?"),
				flags(MANY_QUESTIONS, "2 questions", "元気？仕事はどう？"),
				flags(MANY_QUESTIONS, "4 questions", "Is your mum better? And the cat? Still at the same place? Still running?"),
				flags(DATING_LIFE, "seeing someone", "Sam said something. Are you seeing someone"),
				flags(DATING_LIFE, "Is there someone", "Is there someone else"),
				flags(DATING_LIFE, "who is he", "So... who is he."),
				flags(DATING_LIFE, "NEW GIRLFRIEND", "Heard you have a NEW GIRLFRIEND."),
				flags(DATING_LIFE, "Are you dating anyone", "Are you dating anyone these days 🙂"),
				flags(DATING_LIFE, "you sleeping with him", "Just tell me, are you sleeping with him"),
				flags(DATING_LIFE, "Are you single", "Are you single now? No pressure."),
				flags(DATING_LIFE, "with someone else", "I saw you with someone else at the market."));
	}

	@ParameterizedTest
	@MethodSource("pressuringDrafts")
	void flagsWhatPutsPressureOnThemWithTheWordsAsWritten(PressureRule rule, String excerpt, String draft) {
		assertThat(check.check(draft, AFTERNOON)).containsExactly(new PressureFinding(rule, excerpt));
	}

	static Stream<Arguments> nearMisses() {
		return Stream.of(
				misses(BACK_TOGETHER, "I had to retry again with the passport form, their entry page kept failing."),
				misses(BACK_TOGETHER, "I called about the spare keys. I'll try again later."),
				misses(BACK_TOGETHER, "We did get the bookshelf back together in the end, the screws were in the drawer."),
				misses(BACK_TOGETHER, "The choir is starting over in September with new songs."),
				misses(MISS_OR_LOVE, "I still have the glove you gave me for the bike. I can post it."),
				misses(MISS_OR_LOVE, "It was lovely to see your sister at the market."),
				misses(MISS_OR_LOVE, "I'd love you to have the record player, it was more yours than mine."),
				misses(MISS_OR_LOVE, "Sorry I missed you at the market, Jo said you looked well."),
				misses(MISS_OR_LOVE, "Missouri was beautiful. The road trip finally happened."),
				misses(GUILT_OR_BLAME, "I have always loved hiking, so I finally joined a club."),
				misses(GUILT_OR_BLAME, "You never know, we might both be at Jo's wedding. I'll be friendly."),
				misses(GUILT_OR_BLAME, "It wasn't your fault the trip fell through."),
				misses(GUILT_OR_BLAME, "You made me laugh so much on that trip. Thank you for that."),
				misses(GUILT_OR_BLAME, "How could you have known the train would be cancelled, please don't worry about it."),
				misses(ULTIMATUM, "If you don't mind, I'll drop the box off on Saturday morning."),
				misses(ULTIMATUM, "If you don’t want to reply, that's completely okay."),
				misses(ULTIMATUM, "It's the last chance to see the Hockney show this weekend, I thought you'd like to know."),
				misses(ULTIMATUM, "Remember to answer Mel's invite when you can, she was asking."),
				misses(MANY_QUESTIONS, "How is your mum doing?"),
				misses(MANY_QUESTIONS, "Really?! The bakery reopened. I have to go."),
				misses(MANY_QUESTIONS, "What?? They closed the pool for the whole summer."),
				misses(DATING_LIFE, "I'm seeing someone about my back, it's finally getting better."),
				misses(DATING_LIFE, "I've been sleeping with the window open since the heatwave."),
				misses(DATING_LIFE, "Sam has a new business partner and they opened the shop."),
				misses(DATING_LIFE, "The new partnership at work is going well."),
				misses(DATING_LIFE, "Who is helping with the move on Saturday, in case I should bring the van."));
	}

	@ParameterizedTest
	@MethodSource("nearMisses")
	void leavesAloneWhatOnlyLooksLikePressure(PressureRule nearly, String draft) {
		assertThat(check.check(draft, AFTERNOON)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Hi, I saw the bakery we liked has reopened. Hope you're well.",
			"Happy birthday, I hope the year ahead is kind to you.",
			"I found your blue scarf when I was tidying. I can leave it with Sam whenever suits you.",
			"Congratulations on the new job, I heard from Priya. That's brilliant news.",
			"I walked past the canal today and the herons were back. It made me smile.",
			"I'm sorry about how I spoke to you in March. You didn't deserve that, and I'm working on it.",
			"Hope your mum's operation went well. Thinking of your family.",
			"No need to reply. I finally read the book you lent me and loved it, thank you.",
			"The record player still works! If you'd like it back, just let me know.",
			"I hope the move went smoothly and the new flat already feels like home.",
			"Your sister's band is playing on Saturday. I'll be there with Jo, just so it's not a surprise.",
			"Saw this and thought of you 🐢 Hope you're doing okay.",
			"Good luck with the marathon on Sunday, you've trained so hard for it.",
			"If you don't want to reply, that's completely okay. I just wanted to say I'm doing better." })
	void findsNothingInAWarmLowPressureMessage(String draft) {
		assertThat(check.check(draft, AFTERNOON)).isEmpty();
	}

	@Test
	void allowsExactlyThreeHundredCharactersAndFlagsOneMore() {
		assertThat(check.check(draftOf(PressureCheck.MAX_CHARACTERS), null)).isEmpty();
		assertThat(check.check(draftOf(PressureCheck.MAX_CHARACTERS + 1), null))
			.containsExactly(new PressureFinding(TOO_LONG, "301 characters"));
	}

	@Test
	void countsAnEmojiAsOneCharacterAsTheReaderSeesIt() {
		String threeHundred = draftOf(PressureCheck.MAX_CHARACTERS - 1) + "🌻";
		assertThat(threeHundred.length()).isEqualTo(PressureCheck.MAX_CHARACTERS + 1);
		assertThat(check.check(threeHundred, null)).isEmpty();
		assertThat(check.check(threeHundred + "🌻", null)).containsExactly(new PressureFinding(TOO_LONG, "301 characters"));
	}

	@Test
	void doesNotCountTheBlankLinesAroundAMessage() {
		assertThat(check.check("\n  " + draftOf(PressureCheck.MAX_CHARACTERS) + "  \n\n", null)).isEmpty();
	}

	@Test
	void reportsHowLongALongDraftIs() {
		assertThat(check.check(draftOf(412), null)).containsExactly(new PressureFinding(TOO_LONG, "412 characters"));
	}

	@ParameterizedTest
	@CsvSource({ "22:00, 22:00", "23:30, 23:30", "23:30:45, 23:30", "00:00, 00:00", "03:15, 03:15", "05:59, 05:59" })
	void flagsASendingTimeLateAtNight(LocalTime planned, String excerpt) {
		assertThat(check.check("Happy birthday, I hope the year ahead is kind to you.", planned))
			.containsExactly(new PressureFinding(LATE_NIGHT, excerpt));
	}

	@ParameterizedTest
	@ValueSource(strings = { "06:00", "06:01", "09:00", "12:00", "21:59", "21:59:59" })
	void leavesDaytimeAndEveningSendingTimesAlone(LocalTime planned) {
		assertThat(check.check("Happy birthday, I hope the year ahead is kind to you.", planned)).isEmpty();
	}

	@Test
	void doesNotCheckTheTimeWhenNoneIsPlanned() {
		assertThat(check.check("I miss you.", null)).containsExactly(new PressureFinding(MISS_OR_LOVE, "I miss you"));
	}

	@Test
	void reportsEachRuleOnceAtTheFirstPlaceItHappens() {
		String draft = "I miss you. I MISS YOU. I really miss you, and I love you. Why? Why? Why?";
		assertThat(check.check(draft, null)).containsExactly(new PressureFinding(MISS_OR_LOVE, "I miss you"),
				new PressureFinding(MANY_QUESTIONS, "3 questions"));
	}

	@Test
	void listsFindingsInTheOrderOfTheRulesNotOfTheDraft() {
		String draft = "Is there someone else? " + "Honestly, ".repeat(30) + "if you don't answer me I'll know."
				+ " You never cared. I love you. Can we get back together?";
		List<PressureFinding> findings = check.check(draft, LocalTime.of(23, 45));
		assertThat(findings).extracting(PressureFinding::rule).containsExactly(PressureRule.values());
		assertThat(findings).extracting(PressureFinding::excerpt).containsExactly("get back together", "I love you",
				"You never cared", "if you don't", "2 questions", draft.length() + " characters", "Is there someone",
				"23:45");
	}

	@Test
	void keepsTheWritersSpacingAndLineBreaksInTheExcerpt() {
		assertThat(check.check("I  miss\nyou", null)).containsExactly(new PressureFinding(MISS_OR_LOVE, "I  miss\nyou"));
		assertThat(check.check("I miss\u00A0you", null))
			.containsExactly(new PressureFinding(MISS_OR_LOVE, "I miss\u00A0you"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "i MiSs YoU", "I’M A MESS BECAUSE OF YOU", "can‘t live without you" })
	void matchesWhateverTheCaseOrApostrophe(String draft) {
		assertThat(check.check(draft, null)).isNotEmpty();
	}

	@Test
	void findsNothingInAnEmptyOrMissingDraft() {
		assertThat(check.check("", null)).isEmpty();
		assertThat(check.check("   \n ", null)).isEmpty();
		assertThat(check.check(null, null)).isEmpty();
		assertThat(check.check(null, LocalTime.of(2, 0))).containsExactly(new PressureFinding(LATE_NIGHT, "02:00"));
	}

	@Test
	void neverMakesAFindingWithoutAnExcerpt() {
		assertThatNullPointerException().isThrownBy(() -> new PressureFinding(MISS_OR_LOVE, null));
	}

	private static Arguments flags(PressureRule rule, String excerpt, String draft) {
		return Arguments.of(rule, excerpt, draft);
	}

	private static Arguments misses(PressureRule nearly, String draft) {
		return Arguments.of(nearly, draft);
	}

	// A friendly message cut to length, so only its length can be flagged.
	private static String draftOf(int codePoints) {
		String sentence = "Hope the garden is doing well this spring. ";
		String text = sentence.repeat(codePoints / sentence.length() + 1).substring(0, codePoints);
		return text.substring(0, codePoints - 1) + ".";
	}

}
