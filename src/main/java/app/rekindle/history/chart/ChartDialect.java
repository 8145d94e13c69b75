package app.rekindle.history.chart;

import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IModel;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.templatemode.TemplateMode;
import org.unbescape.html.HtmlEscape;

/**
 * Three attributes whose markup is written here as one text event rather than element by element in the
 * template: what element events would write, with every attribute value and text escaped the same way,
 * without their look-up of each attribute by name.
 * <ul>
 * <li>{@code chart:plot="${chart}"} fills its element with a {@link LineChart}'s line segments and points,
 * one {@code <polyline class="chart__line">} per run of days and one {@code <circle class="chart__point">}
 * with its {@code <title>} per day. Why: a year's 730 points written element by element were half the
 * summary's template time (docs/PERFORMANCE.md).</li>
 * <li>{@code chart:weeks="${calendar}"} fills its element with a {@link MonthCalendar}'s weeks as table
 * rows, a cell a day, every day up to today a link to its page. Why: the grid's 35–42 cells with nine
 * expressions each were most of history's template time (docs/PERFORMANCE.md).</li>
 * <li>{@code chart:bars="${chart}"} replaces its element with an {@link HourChart}'s bars, one
 * {@code <rect class="chart__bar">} with its {@code <title>} an hour. Why: the same, 24 bars of five
 * expressions each on every history page and summary.</li>
 * </ul>
 */
@Component
public class ChartDialect extends AbstractProcessorDialect {

	public static final String PREFIX = "chart";

	public ChartDialect() {
		super("Rekindle charts", PREFIX, 1000);
	}

	@Override
	public Set<IProcessor> getProcessors(String dialectPrefix) {
		return Set.of(
				new MarkupProcessor<>(dialectPrefix, "plot", LineChart.class, false, (context, chart) -> plot(chart)),
				new MarkupProcessor<>(dialectPrefix, "weeks", MonthCalendar.class, false, ChartDialect::weeks),
				new MarkupProcessor<>(dialectPrefix, "bars", HourChart.class, true, (context, chart) -> bars(chart)));
	}

	private static CharSequence plot(LineChart chart) {
		boolean urge = "urge".equals(chart.cssModifier());
		StringBuilder markup = new StringBuilder(160 * (chart.markers().size() + 1));
		for (String points : chart.segments()) {
			markup.append("<polyline class=\"chart__line\" fill=\"none\" stroke=\"#333333\" stroke-width=\"2\"");
			attribute(markup, "points", points);
			if (urge) {
				markup.append(" stroke-dasharray=\"6 4\"");
			}
			markup.append("/>");
		}
		String point = "<circle class=\"chart__point\" stroke=\"#333333\" stroke-width=\"1.5\" fill=\""
				+ (urge ? "#ffffff" : "#333333") + '"';
		String radius = HtmlEscape.escapeHtml4Xml(chart.markerRadius());
		for (LineChart.Marker marker : chart.markers()) {
			markup.append(point);
			attribute(markup, "cx", marker.cx());
			attribute(markup, "cy", marker.cy());
			markup.append(" r=\"").append(radius).append("\"><title>");
			markup.append(HtmlEscape.escapeHtml4Xml(marker.label())).append("</title></circle>");
		}
		return markup;
	}

	/**
	 * A row a week, a cell a day: its classes, its number, its mood and a dagger when filled in late, and
	 * its label for screen readers; a link to the day's page, under the context path, when it has one.
	 * Padding cells are empty.
	 */
	private static CharSequence weeks(ITemplateContext context, MonthCalendar calendar) {
		StringBuilder markup = new StringBuilder(6 * 7 * 220);
		for (List<MonthCalendar.Day> week : calendar.weeks()) {
			markup.append("<tr>");
			for (MonthCalendar.Day day : week) {
				markup.append("<td class=\"calendar__day ").append(HtmlEscape.escapeHtml4Xml(day.cssClass())).append("\">");
				if (day.inMonth()) {
					day(context, day, markup);
				}
				markup.append("</td>");
			}
			markup.append("</tr>");
		}
		return markup;
	}

	private static void day(ITemplateContext context, MonthCalendar.Day day, StringBuilder markup) {
		String number = "<span class=\"calendar__number\" aria-hidden=\"true\">" + day.dayOfMonth() + "</span>";
		String label = "<span class=\"visually-hidden\">" + HtmlEscape.escapeHtml4Xml(day.label()) + "</span>";
		if (!day.hasPage()) {
			markup.append(number).append(' ').append(label);
			return;
		}
		markup.append("<a class=\"calendar__link\"");
		attribute(markup, "href", context.buildLink("/history/" + day.date(), null));
		markup.append('>').append(number);
		if (day.hasCheckIn()) {
			markup.append("<span class=\"calendar__mark\" aria-hidden=\"true\"><span>").append(day.mood()).append("</span>");
			if (day.late()) {
				markup.append("<span class=\"calendar__late\">†</span>");
			}
			markup.append("</span>");
		}
		markup.append(label).append("</a>");
	}

	private static CharSequence bars(HourChart chart) {
		StringBuilder markup = new StringBuilder(160 * chart.bars().size());
		for (HourChart.Bar bar : chart.bars()) {
			markup.append("<rect class=\"chart__bar\" fill=\"#777777\"");
			attribute(markup, "x", bar.x());
			attribute(markup, "y", bar.y());
			attribute(markup, "width", bar.width());
			attribute(markup, "height", bar.height());
			markup.append("><title>").append(HtmlEscape.escapeHtml4Xml(bar.label())).append("</title></rect>");
		}
		return markup;
	}

	/** A space, then {@code name="value"} with the value escaped for a double-quoted attribute. */
	private static void attribute(StringBuilder markup, String name, String value) {
		markup.append(' ').append(name).append("=\"").append(HtmlEscape.escapeHtml4Xml(value)).append('"');
	}

	/**
	 * {@code chart:<name>="${expression}"}: evaluates the expression, which must give a {@code T}, and puts
	 * the markup written for it in the element's body, or in place of the element.
	 */
	private static final class MarkupProcessor<T> extends AbstractAttributeTagProcessor {

		private final Class<T> type;

		private final boolean replacesElement;

		private final BiFunction<ITemplateContext, T, CharSequence> markup;

		MarkupProcessor(String dialectPrefix, String name, Class<T> type, boolean replacesElement,
				BiFunction<ITemplateContext, T, CharSequence> markup) {
			super(TemplateMode.HTML, dialectPrefix, null, false, name, true, 1000, true);
			this.type = type;
			this.replacesElement = replacesElement;
			this.markup = markup;
		}

		@Override
		protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
				String attributeValue, IElementTagStructureHandler structureHandler) {
			Object value = StandardExpressions.getExpressionParser(context.getConfiguration())
				.parseExpression(context, attributeValue)
				.execute(context);
			if (!this.type.isInstance(value)) {
				throw new IllegalArgumentException(attributeName + " needs a " + this.type.getSimpleName() + ", not " + value);
			}
			IModel model = context.getModelFactory().createModel();
			model.add(context.getModelFactory().createText(this.markup.apply(context, this.type.cast(value))));
			if (this.replacesElement) {
				structureHandler.replaceWith(model, false);
			}
			else {
				structureHandler.setBody(model, false);
			}
		}

	}

}
