package app.rekindle.system;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.mock.web.MockHttpServletResponse;

import app.rekindle.export.MarkdownReader;
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
 * A corpus of hostile text goes through every text field of every form the crawl finds (see
 * {@link FormCatalog}: a form added later is covered without anyone listing it). Wherever it is
 * shown afterwards — every page of the account, the re-rendered form when it is refused, the
 * summary, the PDF, the Markdown export, the search results — it is text, never markup; and
 * every page forbids inline script by its Content-Security-Policy and has none.
 *
 * <p>
 * To keep the run short, a field takes as many payloads at once (joined by a space) as its
 * maximum length allows; over the passes every payload goes through every text field.
 */
@JournalTest
class XssCorpusTests {

	/** The summary with every kind of the person's words ticked, so each of them is checked. */
	private static final String EVERY_WORD = "?range=journey&notes=true&reachingOut=true&trust=true&trial=true";

	static final List<String> PAYLOADS = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
			"javascript:alert(1)", "<svg onload=alert(1)>", "<svg><script>alert(1)</script></svg>", "<b",
			"</textarea><script>alert(1)</script>", "'';!--\"<XSS>=&{()}", "{{7*7}}", "[[${7*7}]]", "__${7*7}__::.x",
			"*{7*7} #{7*7} @{//evil.example} ~{::x}", "[[${T(java.lang.Runtime).getRuntime().exec('id')}]]",
			"[x](javascript:alert(1))", "<a href=\"javascript:alert(1)\">click</a>",
			"<a href=\"jav&#x09;ascript:alert(1)\">tab</a>", "<iframe src=\"javascript:alert(1)\"></iframe>",
			"<div style=\"background:url(javascript:alert(1))\">bg</div>", "<p style=\"width:expression(alert(1))\">ie</p>",
			"<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">data</a>", "`${alert(1)}`",
			"</title><script>alert(1)</script>", "<!--<script>alert(1)</script>-->",
			"<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", "&lt;script&gt;alert(1)&lt;/script&gt;",
			"<body onload=alert(1)>", "<input autofocus onfocus=alert(1)>", "\" onmouseover=\"alert(1)",
			"' onfocus='alert(1)", "<object data=\"javascript:alert(1)\"></object>",
			"<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">", "<base href=\"//evil.example/\">",
			"<scr<script>ipt>alert(1)</scr</script>ipt>", "%3Cscript%3Ealert(1)%3C/script%3E",
			"<img src=x:alert(alt) onerror=eval(src) alt=0>", "\\\"><svg/onload=alert(1)//",
			"Ünïcödé 😀👍🏽 e\u0301 \u0915\u094D\u0937 漢字かなカナ 한국어", "\u202Egnp.exe\u202C and <b>rtl</b>",
			"\u200Fשלום\u200E مرحبا \u200F<i>x</i>", "zero\u200Bwidth\u200Cjoin\u200Dend\uFEFF",
			"long " + "<i>é</i> & ".repeat(230) + "end");

	/** Attributes a browser follows or loads. */
	private static final Set<String> ADDRESSES = Set.of("href", "src", "action", "formaction", "xlink:href", "srcdoc",
			"data", "poster", "background", "content");

	/** A field whose page states no maximum length takes this much at a time. */
	private static final int UNSTATED_MAXIMUM = 40;

	@Autowired
	private FormCatalog catalog;

	@Autowired
	private EveryKindFixture fixture;

	@Autowired
	private MutableClock clock;

	private final Set<String> foundBySearch = new LinkedHashSet<>();

	@Test
	void everyPayloadThroughEveryTextFieldIsShownAsTextAndNeverAsMarkup() throws Exception {
		this.clock.set(MutableClockConfiguration.START);
		assertThat(PAYLOADS).hasSizeGreaterThanOrEqualTo(30).doesNotHaveDuplicates();
		assertThat(PAYLOADS).anyMatch((payload) -> payload.length() > 2000);
		List<Crawl> crawls = this.catalog.crawlEveryStage(this.fixture);
		assertThat(this.catalog.uncovered(crawls)).isEmpty();
		Set<String> ourTags = templateTags();
		List<String> problems = new ArrayList<>();
		for (Crawl crawl : crawls) {
			for (Page page : crawl.htmlPages()) {
				checkPage(page, problems);
			}
		}

		List<Form> forms = FormCatalog.distinct(crawls)
			.stream()
			.filter((form) -> form.method().equals("post") && !form.textFields().isEmpty())
			.filter((form) -> !FormCatalog.NOT_SUBMITTED.containsKey(form.route()))
			.sorted(Comparator.comparing(FormCatalog::changesOtherForms))
			.toList();
		int fields = 0;
		int requests = 0;
		Map<String, Integer> statuses = new java.util.TreeMap<>();
		Set<String> shownInForms = new LinkedHashSet<>();
		for (Form form : forms) {
			Map<String, List<String>> batches = new LinkedHashMap<>();
			form.textFields().forEach((field) -> batches.put(field.name(), batches(field)));
			fields += batches.size();
			int passes = batches.values().stream().mapToInt(List::size).max().orElse(0);
			for (int pass = 0; pass < passes; pass++) {
				Map<String, List<String>> values = form.asOffered();
				for (Map.Entry<String, List<String>> batch : batches.entrySet()) {
					values.put(batch.getKey(), List.of(batch.getValue().get(pass % batch.getValue().size())));
				}
				MockHttpServletResponse response = this.catalog.submit(form, values);
				requests++;
				statuses.merge(response.getStatus() / 100 + "xx", 1, Integer::sum);
				if (response.getStatus() == 200) {
					Page page = new Page(form.action(), form.route(), 200, response.getContentType(),
							response.getHeader("Content-Security-Policy"), response.getContentAsString(), null, 0);
					checkPage(page, problems);
					checkTags(page.document(), ourTags, form.action(), problems);
					Document document = page.document();
					for (String name : batches.keySet()) {
						String sent = values.get(name).get(0);
						String shown = shownValue(document, name);
						if (!sent.equals(shown)) {
							problems.add(form + ": the re-rendered field " + name + " shows " + abbreviate(shown)
									+ " instead of what was typed, " + abbreviate(sent));
						}
						else {
							shownInForms.add(sent);
						}
					}
				}
				else if (response.getStatus() / 100 != 3) {
					problems.add(form + " answered " + response.getStatus() + " to " + abbreviate(values.toString()));
				}
			}
		}

		Map<String, Set<String>> shownIn = new LinkedHashMap<>();
		for (Crawl before : crawls) {
			if (before.user() == null) {
				continue;
			}
			Crawl crawl = this.catalog.crawl(before.user(), before.label(), "/dashboard", "/account", "/history",
					"/summary", "/summary" + EVERY_WORD, "/summary.pdf" + EVERY_WORD,
					"/account/export.md");
			StringBuilder everything = new StringBuilder();
			for (Page page : crawl.pages()) {
				if (page.isHtml()) {
					checkPage(page, problems);
					checkTags(page.document(), ourTags, page.url(), problems);
					everything.append(shownText(page.document())).append(' ');
				}
			}
			String text = everything.toString();
			for (String payload : PAYLOADS) {
				if (text.contains(normalise(payload))) {
					shownIn.computeIfAbsent(payload, (key) -> new LinkedHashSet<>()).add(crawl.label());
				}
			}
			checkSummaryPdf(crawl, problems);
			checkMarkdown(crawl, text, problems);
			checkSearch(crawl, text, problems);
		}

		for (String payload : PAYLOADS) {
			if (!shownIn.containsKey(payload) && !shownInForms.contains(payload)) {
				problems.add("payload never shown as text anywhere: " + abbreviate(payload));
			}
		}
		for (String payload : PAYLOADS) {
			if (!this.foundBySearch.contains(payload)) {
				problems.add("searching the history for a payload a note or letter holds does not show it: " + abbreviate(payload));
			}
		}
		System.out.println("XSS corpus: " + PAYLOADS.size() + " payloads through " + fields + " text fields of "
				+ forms.size() + " forms in " + requests + " requests " + statuses + "; pages checked: "
				+ crawls.stream().mapToInt((crawl) -> crawl.pages().size()).sum() + " before, and every page again after");
		problems.forEach(System.out::println);
		assertThat(problems).isEmpty();
	}

	/** Every element name the templates write, in any state of any page (an error's line break, say). */
	private static Set<String> templateTags() throws Exception {
		Set<String> tags = new TreeSet<>(Set.of("html", "head", "body", "#root"));
		for (Resource template : new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html")) {
			try (var in = template.getInputStream()) {
				Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8))
					.getAllElements()
					.forEach((element) -> tags.add(element.normalName()));
			}
		}
		tags.removeIf((tag) -> tag.contains(":"));
		return tags;
	}

	/** The payloads in groups that fit the field, every payload in one group. */
	private static List<String> batches(Field field) {
		int maximum = (field.maxLength() > 0) ? field.maxLength() : UNSTATED_MAXIMUM;
		List<String> batches = new ArrayList<>();
		StringBuilder batch = new StringBuilder();
		for (String payload : PAYLOADS) {
			if (batch.length() > 0 && batch.length() + 1 + payload.length() > maximum) {
				batches.add(batch.toString());
				batch.setLength(0);
			}
			batch.append(batch.length() > 0 ? " " : "").append(payload);
		}
		batches.add(batch.toString());
		return batches;
	}

	/** What a re-rendered form shows in the named control, as the browser would send it again. */
	private static String shownValue(Document document, String name) {
		for (Element control : document.select("input, textarea")) {
			if (control.attr("name").equals(name)) {
				return control.tagName().equals("textarea") ? control.wholeText().replace("\r\n", "\n") : control.attr("value");
			}
		}
		return null;
	}

	/** The text a person sees, and the text in the fields of a form, whitespace as a browser collapses it. */
	private static String shownText(Document document) {
		StringBuilder text = new StringBuilder(document.text());
		document.select("input[value]").forEach((input) -> text.append(' ').append(input.attr("value")));
		document.select("textarea").forEach((area) -> text.append(' ').append(area.wholeText()));
		return normalise(text.toString());
	}

	/** Whitespace as a browser collapses it, without the invisible characters jsoup's text leaves out. */
	private static String normalise(String text) {
		return text.replaceAll("[\\u200B\\u00AD]", "").replaceAll("[\\s\\u00A0]+", " ").strip();
	}

	/** The page is one of ours as the templates wrote it: no script, handler, style or address from user text. */
	private static void checkPage(Page page, List<String> problems) {
		String csp = page.contentSecurityPolicy();
		if (csp == null || !csp.contains("script-src 'self'") || csp.contains("unsafe-inline") || csp.contains("unsafe-eval")) {
			problems.add(page.url() + ": Content-Security-Policy does not forbid inline script: " + csp);
		}
		checkMarkup(page.document(), page.url(), problems);
	}

	private static void checkMarkup(Document document, String where, List<String> problems) {
		for (Element script : document.select("script")) {
			if (!script.attr("src").startsWith("/js/") || !script.data().isBlank()) {
				problems.add(where + ": a script that is not one of our files: " + abbreviate(script.outerHtml()));
			}
		}
		for (Element element : document.select("style, [style], iframe, frame, object, embed, base, meta[http-equiv], svg script, svg foreignObject")) {
			problems.add(where + ": " + abbreviate(element.outerHtml()));
		}
		for (Element element : document.getAllElements()) {
			for (Attribute attribute : element.attributes()) {
				String name = attribute.getKey().toLowerCase();
				String value = attribute.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase();
				if (name.startsWith("on")) {
					problems.add(where + ": an event handler attribute " + abbreviate(element.outerHtml()));
				}
				if (ADDRESSES.contains(name) && (value.startsWith("javascript:") || value.startsWith("vbscript:")
						|| value.startsWith("data:"))) {
					problems.add(where + ": a script address in " + name + ": " + abbreviate(element.outerHtml()));
				}
			}
		}
	}

	/** No element of a kind the templates never write: user text made no markup of its own. */
	private static void checkTags(Document document, Set<String> ourTags, String where, List<String> problems) {
		for (Element element : document.getAllElements()) {
			if (!ourTags.contains(element.normalName())) {
				problems.add(where + ": an element our templates never write: " + abbreviate(element.outerHtml()));
			}
		}
	}

	/** The PDF holds the summary's words as text and nothing that runs or links to a script. */
	private void checkSummaryPdf(Crawl crawl, List<String> problems) throws Exception {
		Page html = crawl.pages().stream().filter((page) -> page.url().equals("/summary" + EVERY_WORD)).findFirst().orElseThrow();
		Page pdf = crawl.pages().stream().filter((page) -> page.url().startsWith("/summary.pdf?range=journey")).findFirst().orElseThrow();
		if (pdf.status() != 200) {
			problems.add(crawl.label() + ": the summary PDF answered " + pdf.status());
			return;
		}
		String summaryText = shownText(html.document());
		try (PDDocument document = Loader.loadPDF(pdf.content())) {
			// The running footer lands inside a text that crosses a page break.
			String pdfText = new PDFTextStripper().getText(document).replaceAll("\\s", "").replaceAll("Page\\d+of\\d+", "");
			for (String payload : PAYLOADS) {
				boolean printable = payload.chars().allMatch((c) -> c >= 0x20 && c < 0x7F);
				if (printable && summaryText.contains(normalise(payload)) && !pdfText.contains(payload.replaceAll("\\s", ""))) {
					int near = pdfText.indexOf(payload.replaceAll("\\s", "").substring(0, 6));
					problems.add(crawl.label() + ": the summary shows a payload the PDF does not: " + abbreviate(payload)
							+ " (the PDF has " + ((near < 0) ? "nothing like it" : abbreviate(pdfText.substring(near))) + ")");
				}
			}
			if (document.getDocumentCatalog().getNames() != null
					&& document.getDocumentCatalog().getNames().getJavaScript() != null) {
				problems.add(crawl.label() + ": the summary PDF carries JavaScript");
			}
			for (PDPage page : document.getPages()) {
				for (PDAnnotation annotation : page.getAnnotations()) {
					if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri
							&& !uri.getURI().startsWith("http")) {
						problems.add(crawl.label() + ": the summary PDF links to " + uri.getURI());
					}
				}
			}
		}
	}

	/** Read as Markdown, the export is the same words and no markup but its own. */
	private static void checkMarkdown(Crawl crawl, String pagesText, List<String> problems) {
		Page export = crawl.pages().stream().filter((page) -> page.url().equals("/account/export.md")).findFirst().orElseThrow();
		String markdown = new String(export.content(), StandardCharsets.UTF_8);
		Document rendered = Jsoup.parse(HtmlRenderer.builder().build().render(MarkdownReader.parse(markdown)));
		String where = crawl.label() + " Markdown export";
		checkMarkup(rendered, where, problems);
		Set<String> markdownTags = Set.of("html", "head", "body", "#root", "h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol",
				"li", "em", "strong", "code", "pre", "blockquote", "hr", "br", "table", "thead", "tbody", "tr", "th", "td", "del");
		checkTags(rendered, markdownTags, where, problems);
		String text = normalise(rendered.text()).replace(" ", "");
		for (String payload : PAYLOADS) {
			String words = normalise(payload).replace(" ", "");
			if (pagesText.contains(normalise(payload)) && !text.contains(words)) {
				problems.add(where + ": a payload the pages show reads differently: " + abbreviate(payload));
			}
		}
	}

	/** Searching for a payload the pages show finds it and shows it as text. */
	private void checkSearch(Crawl crawl, String pagesText, List<String> problems) throws Exception {
		for (String payload : PAYLOADS) {
			if (!pagesText.contains(normalise(payload))) {
				continue;
			}
			String query = payload.substring(0, Math.min(100, payload.length())).strip();
			Page page = this.catalog.fetch(crawl.user(), "/history/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20"));
			if (!page.isHtml()) {
				problems.add(crawl.label() + ": searching for " + abbreviate(query) + " answered " + page.status());
				continue;
			}
			checkPage(page, problems);
			Document document = page.document();
			String results = normalise(document.select(".search-result__text").text());
			if (results.contains(normalise(query))) {
				this.foundBySearch.add(payload);
			}
		}
	}

	private static String abbreviate(String text) {
		return (text == null || text.length() < 160) ? String.valueOf(text) : text.substring(0, 160) + "…";
	}

}
