package app.rekindle.system;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import app.rekindle.account.AccountUser;
import app.rekindle.progression.Stage;
import app.rekindle.testsupport.EveryKindFixture;
import app.rekindle.testsupport.JournalTest;
import app.rekindle.testsupport.MutableClock;
import app.rekindle.testsupport.MutableClockConfiguration;
import app.rekindle.testsupport.TestAccounts;
import app.rekindle.testsupport.TestJourneys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Follows every link a person can follow, from Today, in every stage and state of the every-kind
 * fixture, and reads each page as text: a count never takes the wrong form ("1 days", "last 1
 * check-ins", "2 urge"), and the figures one page shows agree with each other (the timer and the
 * checklist, the days left, "3 of 5 done" and the items marked done, a banner and a timer).
 */
@JournalTest
class PageFiguresCrawlTests {

	private static final String NOUNS = "day|check-in|urge|activit(?:y|ie)|commitment|boundar(?:y|ie)|repl(?:y|ie)|message"
			+ "|letter|entr(?:y|ie)|time|goal|conversation|week|month|hour|minute|cause|mistake|trigger|draft";

	/** One of something in a plural form: "1 days", "1 activities". */
	private static final Pattern ONE_AS_MANY = Pattern.compile("(?<![\\d.,])1 (?:" + NOUNS.replace("(?:y|ie)", "ie")
			+ ")s\\b");

	/** Several of something in the singular: "3 day", "0 urge". Not "3-day" nor "day 3". */
	private static final Pattern MANY_AS_ONE = Pattern.compile("(?<![\\d.,])(?:0|[2-9]|\\d{2,}) (?:"
			+ NOUNS.replace("(?:y|ie)", "y") + ")\\b(?![-s])");

	private static final Pattern LAST_ONE = Pattern.compile("\\blast 1 [\\w-]+s\\b");

	private static final Pattern OF_DAYS = Pattern.compile("(\\d+) of (\\d+) days?");

	private static final Pattern DONE = Pattern.compile("(\\d+) of (\\d+) done");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private EveryKindFixture fixture;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private TestJourneys journeys;

	@Autowired
	private MutableClock clock;

	@BeforeEach
	void startOfTheStory() {
		this.clock.set(MutableClockConfiguration.START);
	}

	@Test
	void everyPageCountsInTheRightFormAndNoPageContradictsItself() throws Exception {
		List<AccountUser> people = new ArrayList<>();
		people.add(this.accounts.create());
		AccountUser fresh = this.accounts.create();
		this.journeys.start(fresh);
		people.add(fresh);
		for (Stage stage : List.of(Stage.REFLECTION, Stage.NO_CONTACT, Stage.REACHING_OUT, Stage.REBUILDING_TRUST,
				Stage.TRIAL_PERIOD)) {
			people.add(this.fixture.createInStage("C", stage).user());
		}
		people.add(this.fixture.create("C").user());

		List<String> problems = new ArrayList<>();
		int pages = 0;
		for (AccountUser person : people) {
			for (String path : crawl(person)) {
				Document page = page(person, path);
				pages++;
				problems.addAll(slips(path, page));
				problems.addAll(contradictions(path, page));
			}
		}
		System.out.println("Figures crawl: " + pages + " pages read");
		assertThat(pages).as("pages read").isGreaterThan(100);
		assertThat(problems).isEmpty();
	}

	@Test
	void theChecksFindPlantedSlipsAndContradictions() {
		Document slips = Jsoup.parse("<main><p>Average 7 over your last 1 check-ins</p><p>1 days</p><p>3 urge</p>"
				+ "<p>1 activities</p><p>a 30-day stretch, day 3</p></main>");
		assertThat(slips("planted", slips)).hasSize(5);
		Document contradiction = Jsoup.parse("<main><div class=\"flash\">Your no-contact period starts now.</div>"
				+ "<span class=\"timer__number\">5</span><span>of 30 days</span><dl><dd>12 days</dd></dl>"
				+ "<p>2 of 5 done</p><ul><li class=\"checklist__item is-met\">Days without contact 6 of 30 days</li>"
				+ "<li class=\"checklist__item is-open\"></li></ul></main>");
		assertThat(contradictions("planted", contradiction)).hasSize(3);
	}

	/**
	 * Every page reachable by links from Today, signed in as this person, except leaving and
	 * downloads; of pages that differ only in their numbers (another letter, another month), two.
	 */
	private Set<String> crawl(AccountUser person) throws Exception {
		Set<String> seen = new LinkedHashSet<>();
		java.util.Map<String, Integer> shapes = new java.util.HashMap<>();
		Deque<String> queue = new ArrayDeque<>(List.of("/dashboard"));
		while (!queue.isEmpty()) {
			String path = queue.poll();
			if (seen.contains(path) || shapes.merge(path.replaceAll("\\d+", "#"), 1, Integer::sum) > 2) {
				continue;
			}
			seen.add(path);
			Document page = page(person, path);
			for (Element link : page.select("a[href^=/]")) {
				String href = link.attr("href").replaceAll("#.*$", "");
				if (!href.isEmpty() && !seen.contains(href) && !href.matches(".*\\.(pdf|json|md|ics)(\\?.*)?$")
						&& !href.startsWith("/exit") && !href.startsWith("/logout")) {
					queue.add(href);
				}
			}
		}
		return seen;
	}

	private Document page(AccountUser person, String path) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(path).with(user(person))).andReturn().getResponse();
		String body = (response.getStatus() == 200 && String.valueOf(response.getContentType()).startsWith("text/html"))
				? response.getContentAsString() : "";
		return Jsoup.parse(body);
	}

	static List<String> slips(String path, Document page) {
		String text = page.select("main").text();
		List<String> found = new ArrayList<>();
		for (Pattern pattern : List.of(ONE_AS_MANY, MANY_AS_ONE, LAST_ONE)) {
			Matcher matcher = pattern.matcher(text);
			while (matcher.find()) {
				found.add(path + ": \"" + matcher.group() + "\" in «" + around(text, matcher.start()) + "»");
			}
		}
		return found;
	}

	static List<String> contradictions(String path, Document page) {
		List<String> found = new ArrayList<>();
		String text = page.select("main").text();
		Element timer = page.selectFirst(".timer__number");
		if (timer != null) {
			int days = Integer.parseInt(timer.text());
			if (days > 0 && text.contains("starts now")) {
				found.add(path + ": a banner says the no-contact period starts now beside a count of " + days + " days");
			}
			for (Element item : page.select(".checklist__item")) {
				if (item.text().startsWith("Days without contact") || item.text().contains("Days without contact")) {
					Matcher matcher = OF_DAYS.matcher(item.text());
					if (matcher.find() && Integer.parseInt(matcher.group(1)) != days) {
						found.add(path + ": the timer says " + days + " days, the checklist " + matcher.group());
					}
				}
			}
		}
		Matcher done = DONE.matcher(text);
		if (done.find() && !page.select(".checklist__item").isEmpty()) {
			int items = page.select(".checklist__item").size();
			int satisfied = page.select(".checklist__item.is-met, .checklist__item.is-waived").size();
			if (Integer.parseInt(done.group(1)) != satisfied || Integer.parseInt(done.group(2)) != items) {
				found.add(path + ": \"" + done.group() + "\" beside " + satisfied + " of " + items + " items marked done");
			}
		}
		return found;
	}

	private static String around(String text, int at) {
		return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 40));
	}

}
