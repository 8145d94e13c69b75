package app.rekindle.system;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

import app.rekindle.testsupport.EveryKindFixture;
import app.rekindle.testsupport.FormCatalog.Crawl;
import app.rekindle.testsupport.FormCatalog.Field;
import app.rekindle.testsupport.FormCatalog.Form;
import app.rekindle.testsupport.FormCatalog.Page;
import app.rekindle.testsupport.FormCatalog;
import app.rekindle.testsupport.JournalTest;
import app.rekindle.testsupport.MutableClock;
import app.rekindle.testsupport.MutableClockConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bounded fuzz test (a fixed seed, so a failure repeats): random, missing, oversized, wrongly
 * typed and out-of-range values, duplicated and unknown parameters, sent to every form the crawl
 * finds (see {@link FormCatalog}). No answer is a server error; every POST answer is a redirect
 * or the form again with a message and what was typed; and afterwards every page of every
 * account still opens, and its summary and exports still render.
 */
@JournalTest
class FormFuzzTests {

	private static final long SEED = 20261122L;

	private static final int REQUESTS = 3000;

	private static final int OVERSIZED = 100_000;

	/** Parameters no form has: a binder must ignore them, never fail on them. */
	private static final List<String> UNKNOWN = List.of("id", "accountId", "journeyId", "version", "account.id",
			"class.module.classLoader", "stage", "_csrf_extra", "entryId", "state[0]");

	private static final List<String> NUMBERS = List.of("abc", "-1", "0", "1", "3", "5", "10", "11", "1.5", "1e5",
			"NaN", "Infinity", "-2147483649", "2147483648", "999999999999999999999999", " 4 ", "٣", "0x10", "");

	private static final List<String> DATES = List.of("2026-13-45", "abc", "0000-01-01", "9999-12-31", "2026-02-30",
			"+1000000-01-01", "-999999999-01-01", "26-1-1", "01/02/2026", "2026-02-29", "2024-02-29", "1970-01-01", "");

	private static final List<String> TIMES = List.of("25:61", "abc", "23:59", "00:00", "12:00:00", "1:2", "-1:00",
			"24:00", "18:30", "12:00 PM", "");

	private static final List<String> CHOICES = List.of("NOT_A_VALUE", "-1", "999999", "true", "false", "null", "",
			"on", "0", "Europe/Nowhere", "../../etc/passwd", "PENDING", "MOVING_ON");

	private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:!?-_'\"<>&/\\()[]{}"
			+ "éüßøÅ漢字한국😀\u202E\u200F\t\n\r\u0007";

	private static final int[] ALPHABET_CODE_POINTS = ALPHABET.codePoints().toArray();

	@Autowired
	private FormCatalog catalog;

	@Autowired
	private EveryKindFixture fixture;

	@Autowired
	private MutableClock clock;

	private final Random random = new Random(SEED);

	@Test
	void randomAndHostileValuesInEveryFormNeverBreakAFormOrTheAccountsData() throws Exception {
		this.clock.set(MutableClockConfiguration.START);
		List<Crawl> crawls = this.catalog.crawlEveryStage(this.fixture);
		assertThat(this.catalog.uncovered(crawls)).isEmpty();
		List<Form> forms = FormCatalog.distinct(crawls)
			.stream()
			.filter((form) -> !FormCatalog.NOT_SUBMITTED.containsKey(form.route()))
			.toList();
		List<Form> ordinary = forms.stream().filter((form) -> !FormCatalog.changesOtherForms(form)).toList();
		// Ending, sending and deleting last: before them the other forms still have something to change.
		List<Form> last = forms.stream()
			.filter(FormCatalog::changesOtherForms)
			.sorted(Comparator.comparing((Form form) -> form.route().endsWith("/delete")))
			.toList();
		int lastEach = 10;
		List<Form> plan = new ArrayList<>();
		for (int i = 0; i < REQUESTS - lastEach * last.size(); i++) {
			plan.add(ordinary.get(this.random.nextInt(ordinary.size())));
		}
		last.forEach((form) -> {
			for (int i = 0; i < lastEach; i++) {
				plan.add(form);
			}
		});

		Map<String, Integer> histogram = new TreeMap<>();
		Set<String> gone = new LinkedHashSet<>();
		List<String> problems = new ArrayList<>();
		for (Form form : plan) {
			Map<String, List<String>> values = fuzz(form);
			MockHttpServletResponse response = this.catalog.submit(form, values);
			int status = response.getStatus();
			histogram.merge(String.valueOf(status), 1, Integer::sum);
			String request = form.method().toUpperCase() + " " + form.action() + " " + abbreviate(values.toString());
			if (status / 100 == 3) {
				if (form.route().endsWith("/delete")) {
					gone.add(form.action());
				}
			}
			else if (status == 404 && gone.contains(form.action())) {
				// Deleted by an earlier request of this run: the row is gone, so is its address.
			}
			else if (status != 200) {
				problems.add(status + " for " + request);
			}
			else if (form.method().equals("post")) {
				checkReRendered(form, values, response, request, problems);
			}
		}

		int pages = 0;
		for (Crawl before : crawls) {
			if (before.user() == null) {
				continue;
			}
			Crawl after = this.catalog.crawl(before.user(), before.label(), "/dashboard", "/account", "/history",
					"/summary", "/summary.pdf?range=journey&notes=true&reachingOut=true&trust=true&trial=true", "/account/export.md", "/account/export.json");
			for (Page page : after.pages()) {
				pages++;
				if (page.status() != 200 && page.status() / 100 != 3) {
					problems.add(before.label() + " afterwards: GET " + page.url() + " answered " + page.status());
				}
			}
			for (String route : List.of("/dashboard", "/summary.pdf", "/account/export.md", "/account/export.json")) {
				if (after.pages().stream().noneMatch((page) -> page.route().equals(route) && page.status() == 200)) {
					problems.add(before.label() + " afterwards: " + route + " does not render");
				}
			}
		}

		int fields = forms.stream().mapToInt((form) -> form.fields().size()).sum();
		System.out.println("Form fuzz: seed " + SEED + ", " + forms.size() + " forms with " + fields + " fields, "
				+ plan.size() + " requests, statuses " + histogram + "; " + pages + " pages checked afterwards");
		problems.stream().limit(60).forEach(System.out::println);
		assertThat(problems).isEmpty();
	}

	/** A 200 answer to a POST is the form again: with a message, and with what was typed. */
	private static void checkReRendered(Form form, Map<String, List<String>> values, MockHttpServletResponse response,
			String request, List<String> problems) throws Exception {
		Document document = Jsoup.parse(response.getContentAsString());
		// A stage closed by an earlier request (a safety answer, say) says so instead: read, not changed.
		if (document.select(".form-errors, .field__error, [role=alert], .read-only").isEmpty()) {
			problems.add("200 without a message for " + request);
			return;
		}
		for (Field field : form.textFields()) {
			List<String> sent = values.get(field.name());
			if (sent == null || sent.size() != 1 || sent.get(0).chars().anyMatch((c) -> c < 0x20 && c != '\t' && c != '\n')) {
				continue;
			}
			Element control = document.selectFirst("[name=" + field.name() + "]");
			if (control == null) {
				problems.add("the re-rendered form has no field " + field.name() + " for " + request);
				continue;
			}
			String shown = control.tagName().equals("textarea") ? control.wholeText() : control.attr("value");
			// As a browser reads a form: line ends become \n, and a text area's first line break is markup.
			String typed = sent.get(0).replace("\r\n", "\n").replace('\r', '\n');
			if (!List.of(typed, typed.replaceFirst("^\n", ""), typed.strip()).contains(shown)) {
				problems.add("the re-rendered field " + field.name() + " lost what was typed (" + abbreviate(shown)
						+ ") for " + request);
			}
		}
	}

	private Map<String, List<String>> fuzz(Form form) {
		Map<String, List<String>> values = new LinkedHashMap<>();
		if (this.random.nextInt(40) == 0) {
			return values;
		}
		boolean oversizedSent = false;
		for (Field field : form.fields()) {
			int roll = this.random.nextInt(100);
			if (roll < 12) {
				continue;
			}
			if (roll < 20) {
				values.put(field.name(), List.of(""));
			}
			else if (roll < 25) {
				values.put(field.name(), List.of(value(field), value(field)));
			}
			else if (roll < 28 && !oversizedSent) {
				oversizedSent = true;
				values.put(field.name(), List.of(randomText(OVERSIZED)));
			}
			else if (roll < 45) {
				values.put(field.name(), form.asOffered().getOrDefault(field.name(), List.of()));
			}
			else {
				values.put(field.name(), List.of(value(field)));
			}
		}
		if (this.random.nextInt(10) == 0) {
			values.put(UNKNOWN.get(this.random.nextInt(UNKNOWN.size())), List.of(value(new Field("x", "text", List.of(),
					List.of(), -1, false))));
		}
		return values;
	}

	private String value(Field field) {
		return switch (field.kind()) {
			case "number", "range" -> (this.random.nextBoolean()) ? pick(NUMBERS)
					: String.valueOf(this.random.nextInt(41) - 20);
			case "date" -> (this.random.nextBoolean()) ? pick(DATES)
					: MutableClockConfiguration.START.atZone(java.time.ZoneOffset.UTC)
						.toLocalDate()
						.plusDays(this.random.nextInt(4001) - 3000)
						.toString();
			case "time" -> (this.random.nextBoolean()) ? pick(TIMES)
					: String.format("%02d:%02d", this.random.nextInt(30), this.random.nextInt(70));
			case "select", "radio", "checkbox", "hidden", "submit" ->
				(this.random.nextBoolean() && !field.options().isEmpty()) ? field.options().get(this.random.nextInt(field.options().size()))
						: (this.random.nextInt(3) == 0) ? randomText(this.random.nextInt(30)) : pick(CHOICES);
			default -> randomText(this.random.nextInt(4) == 0 ? this.random.nextInt(3000) : this.random.nextInt(60));
		};
	}

	private String pick(List<String> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	private String randomText(int length) {
		StringBuilder text = new StringBuilder(length);
		while (text.length() < length) {
			text.appendCodePoint(ALPHABET_CODE_POINTS[this.random.nextInt(ALPHABET_CODE_POINTS.length)]);
		}
		return text.toString();
	}

	private static String abbreviate(String text) {
		return (text.length() < 200) ? text : text.substring(0, 200) + "…";
	}

}
