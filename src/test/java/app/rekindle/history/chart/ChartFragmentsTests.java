package app.rekindle.history.chart;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.web.IWebExchange;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/** The fragments render what the models compute, with nothing the Content-Security-Policy would block. */
class ChartFragmentsTests {

	private static final LocalDate FIRST = LocalDate.of(2026, 11, 1);

	private static final LocalDate LAST = LocalDate.of(2026, 11, 30);

	private static final SpringTemplateEngine ENGINE = engine();

	/** The engine the application uses (SpEL, not OGNL, which is not on the classpath, and our chart dialect), without the application. */
	private static SpringTemplateEngine engine() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		engine.addDialect(new ChartDialect());
		return engine;
	}

	/** A web context, as in the application: the calendar's day links are relative to the context path. */
	private static String render(Map<String, Object> variables) {
		return render(variables, "");
	}

	private static String render(Map<String, Object> variables, String contextPath) {
		MockServletContext servletContext = new MockServletContext();
		servletContext.setContextPath(contextPath);
		MockHttpServletRequest request = new MockHttpServletRequest(servletContext);
		request.setContextPath(contextPath);
		IWebExchange exchange = JakartaServletWebApplication.buildApplication(servletContext)
			.buildExchange(request, new MockHttpServletResponse());
		WebContext context = new WebContext(exchange);
		context.setVariables(variables);
		return ENGINE.process("test/charts", context);
	}

	/** The fragments are written as well-formed markup, so an XML parser can check their structure. */
	private static Document parse(String html) throws Exception {
		return DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
	}

	private static int count(String html, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(html);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

	private static LineChart mood() {
		return LineChart.of("Mood", "Mood each day in November", FIRST, LAST,
				Map.of(FIRST, 3, FIRST.plusDays(1), 4, FIRST.plusDays(2), 5, FIRST.plusDays(9), 2), 1, 5, "mood");
	}

	private static LineChart urge() {
		return LineChart.of("Urge to reach out", "Urge each day in November", FIRST, LAST,
				Map.of(FIRST, 7, FIRST.plusDays(1), 6), 0, 10, "urge");
	}

	@Test
	void aLineChartHasOneCirclePerMarkerAndOnePolylinePerSegment() throws Exception {
		LineChart mood = mood();

		String html = render(Map.of("mood", mood));

		assertThat(count(html, "<circle")).isEqualTo(mood.markers().size()).isEqualTo(4);
		assertThat(count(html, "<polyline")).isEqualTo(mood.segments().size()).isEqualTo(1);
		assertThat(html).contains("<title id=\"chart-mood-title\">Mood</title>")
			.contains("<desc id=\"chart-mood-desc\">Mood each day in November</desc>")
			.contains("aria-labelledby=\"chart-mood-title chart-mood-desc\"")
			.contains("role=\"img\"")
			.contains("class=\"chart chart--mood\"")
			.contains("points=\"" + mood.segments().get(0) + "\"")
			.contains("<title>Tuesday 10 November 2026: 2</title>");
		NodeList circles = parse(html).getElementsByTagName("circle");
		for (int i = 0; i < circles.getLength(); i++) {
			Element circle = (Element) circles.item(i);
			assertThat(circle.getAttribute("cx")).isEqualTo(mood.markers().get(i).cx());
			assertThat(circle.getElementsByTagName("title").item(0).getTextContent())
				.isEqualTo(mood.markers().get(i).label());
		}
	}

	@Test
	void aYearLongChartIsMarkedDenseForTheStylesheet() {
		LineChart year = LineChart.of("Mood", "Mood over a year", LAST.minusDays(364), LAST, Map.of(LAST, 3), 1, 5,
				"mood");

		assertThat(render(Map.of("mood", year))).contains("class=\"chart chart--mood chart--dense\"");
		assertThat(render(Map.of("mood", mood()))).doesNotContain("chart--dense");
	}

	@Test
	void twoLineChartsOnOnePageKeepTheirIdsApart() throws Exception {
		String html = render(Map.of("mood", mood(), "urge", urge()));

		assertThat(html).contains("class=\"chart chart--mood\"").contains("class=\"chart chart--urge\"");
		assertThat(count(html, "id=\"chart-mood-title\"")).isOne();
		assertThat(count(html, "id=\"chart-urge-title\"")).isOne();
		assertThat(parse(html).getElementsByTagName("svg").getLength()).isEqualTo(2);
	}

	@Test
	void everyShapeStaysInsideItsSvg() throws Exception {
		int[] counts = new int[24];
		counts[9] = 1;
		Document document = parse(render(Map.of("mood", mood(), "hours", HourChart.of("Urges by hour", "When", counts))));

		for (String shape : new String[] { "line", "polyline", "circle", "rect", "text" }) {
			NodeList elements = document.getElementsByTagName(shape);
			assertThat(elements.getLength()).as(shape).isPositive();
			for (int i = 0; i < elements.getLength(); i++) {
				assertThat(insideSvg(elements.item(i))).as(shape + " " + i).isTrue();
			}
		}
	}

	private static boolean insideSvg(Node node) {
		for (Node parent = node.getParentNode(); parent != null; parent = parent.getParentNode()) {
			if ("svg".equals(parent.getNodeName())) {
				return true;
			}
		}
		return false;
	}

	@Test
	void anEmptyLineChartSaysSoInsteadOfDrawing() {
		LineChart empty = LineChart.of("Mood", "Mood", FIRST, LAST, Map.of(), 1, 5, "mood");

		String html = render(Map.of("mood", empty));

		assertThat(html).doesNotContain("<svg").contains("No check-ins in this period yet.");
	}

	@Test
	void anHourChartHasABarWithATitleForEveryHour() throws Exception {
		int[] counts = new int[24];
		counts[14] = 3;
		HourChart hours = HourChart.of("Urges by hour", "When urges came", counts);

		String html = render(Map.of("hours", hours));

		assertThat(count(html, "<rect")).isEqualTo(24);
		assertThat(html).contains("<title>14:00–15:00: 3 urges</title>")
			.contains("height=\"" + hours.bars().get(14).height() + "\"")
			.contains("aria-labelledby=\"chart-hours-title chart-hours-desc\"");
		assertThat(parse(html).getElementsByTagName("rect").getLength()).isEqualTo(24);
	}

	@Test
	void theCalendarIsATableWithHeadersAndAWordyLabelInEveryDay() throws Exception {
		MonthCalendar calendar = MonthCalendar.of(YearMonth.of(2026, 11), DayOfWeek.MONDAY,
				Map.of(LocalDate.of(2026, 11, 3), new CalendarEntry(4, true)), LocalDate.of(2026, 11, 22));

		String html = render(Map.of("calendar", calendar));

		assertThat(html).contains("<caption class=\"calendar__caption\">November 2026</caption>")
			.contains("<th scope=\"col\"><abbr title=\"Monday\">Mon</abbr></th>")
			.contains("class=\"calendar__day mood-4 is-late\"")
			.contains("Tuesday 3 November: mood 4 of 5 (good), filled in late")
			.contains("class=\"calendar__day no-checkin is-today\"")
			.contains("class=\"calendar-legend__swatch mood-1\"")
			.contains("mood 1: very low");
		Document document = parse(html);
		assertThat(document.getElementsByTagName("tr").getLength()).isEqualTo(1 + 6);
		assertThat(document.getElementsByTagName("td").getLength()).isEqualTo(6 * 7);
		assertThat(count(html, "class=\"visually-hidden\"")).isEqualTo(30);
		assertThat(count(html, "<a class=\"calendar__link\"")).as("1 to 22 November link to their day; later days do not")
			.isEqualTo(22);
		assertThat(html).contains("<a class=\"calendar__link\" href=\"/history/2026-11-03\">")
			.doesNotContain("href=\"/history/2026-11-23\"");
	}

	@Test
	void theCalendarsDayLinksAreUnderTheContextPathAndItsLabelsEscaped() throws Exception {
		String hostile = "\"><script>alert('x')</script><b a=\"&amp;";
		MonthCalendar november = MonthCalendar.of(YearMonth.of(2026, 11), DayOfWeek.MONDAY,
				Map.of(LocalDate.of(2026, 11, 3), new CalendarEntry(4, true)), LocalDate.of(2026, 11, 22));
		List<List<MonthCalendar.Day>> weeks = november.weeks()
			.stream()
			.map((week) -> week.stream()
				.map((day) -> day.inMonth() ? new MonthCalendar.Day(day.date(), day.mood(), day.late(), day.isToday(),
						day.isFuture(), hostile) : day)
				.toList())
			.toList();
		MonthCalendar calendar = new MonthCalendar(november.month(), november.title(), november.weekdays(), weeks);

		String html = render(Map.of("calendar", calendar), "/journal");

		assertThat(html).doesNotContain("<script").doesNotContain("<b ")
			.contains("<a class=\"calendar__link\" href=\"/journal/history/2026-11-03\">");
		Document document = parse(html);
		assertThat(document.getElementsByTagName("td").getLength()).isEqualTo(6 * 7);
		assertThat(document.getElementsByTagName("a").item(0).getTextContent()).isEqualTo("1" + hostile);
	}

	@Test
	void everyValueOfTheBarsIsEscaped() throws Exception {
		String hostile = "\"><script>alert('x')</script><b a=\"&amp;";
		int[] counts = new int[24];
		counts[14] = 3;
		HourChart hours = HourChart.of("Urges by hour", "When urges came", counts);
		HourChart.Bar bar = hours.bars().get(14);
		HourChart chart = new HourChart(hours.cssModifier(), hours.title(), hours.description(), hours.frame(),
				List.of(new HourChart.Bar(bar.hour(), bar.count(), hostile, hostile, hostile, hostile, bar.hourLabel(),
						hostile)), hours.xTicks(), hours.yTicks(), hours.maxCount());

		String html = render(Map.of("hours", chart));

		assertThat(html).doesNotContain("<script").doesNotContain("<b ");
		Element rect = (Element) parse(html).getElementsByTagName("rect").item(0);
		assertThat(rect.getAttribute("class")).isEqualTo("chart__bar");
		assertThat(List.of(rect.getAttribute("x"), rect.getAttribute("y"), rect.getAttribute("width"),
				rect.getAttribute("height"))).containsOnly(hostile);
		assertThat(rect.getElementsByTagName("title").item(0).getTextContent()).isEqualTo(hostile);
	}

	@Test
	void nothingRenderedUsesInlineStylesOrLeavesTemplateAttributes() {
		String html = render(Map.of("mood", mood(), "urge", urge(), "hours", HourChart.of("Urges by hour", "When",
				new int[24]), "calendar", MonthCalendar.of(YearMonth.of(2026, 11), DayOfWeek.MONDAY, Map.of(), LAST)));

		assertThat(html).doesNotContain("style=").doesNotContain("<style").doesNotContain("th:");
	}

	@Test
	void everyValueOfThePlotIsEscaped() throws Exception {
		String hostile = "\"><script>alert('x')</script><b a=\"&amp;";
		LineChart mood = mood();
		LineChart.Marker first = mood.markers().get(0);
		LineChart chart = new LineChart(mood.cssModifier(), mood.title(), mood.description(), mood.from(), mood.to(),
				mood.frame(), List.of(hostile), List.of(new LineChart.Marker(first.date(), first.value(), hostile, hostile,
						hostile)), mood.xTicks(), mood.yTicks(), hostile);

		String html = render(Map.of("mood", chart));

		assertThat(html).doesNotContain("<script").doesNotContain("<b ");
		Document document = parse(html);
		Element circle = (Element) document.getElementsByTagName("circle").item(0);
		assertThat(circle.getAttribute("cx")).isEqualTo(hostile);
		assertThat(circle.getAttribute("cy")).isEqualTo(hostile);
		assertThat(circle.getAttribute("r")).isEqualTo(hostile);
		assertThat(circle.getElementsByTagName("title").item(0).getTextContent()).isEqualTo(hostile);
		Element line = (Element) document.getElementsByTagName("polyline").item(0);
		assertThat(line.getAttribute("points")).isEqualTo(hostile);
	}

}
