package app.rekindle.history.chart;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IModel;
import org.thymeleaf.model.IModelFactory;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.templatemode.TemplateMode;
import org.unbescape.html.HtmlEscape;

/**
 * {@code chart:plot="${chart}"}: fills the element with a {@link LineChart}'s line segments and points,
 * one {@code <polyline class="chart__line">} per run of days and one {@code <circle class="chart__point">}
 * with its {@code <title>} per day.
 * Every attribute value and tooltip is escaped as the template would escape it.
 * <p>
 * Why: a year's 730 points written element by element were half the summary's template time (docs/PERFORMANCE.md).
 */
@Component
public class ChartDialect extends AbstractProcessorDialect {

	public static final String PREFIX = "chart";

	public ChartDialect() {
		super("Rekindle charts", PREFIX, 1000);
	}

	@Override
	public Set<IProcessor> getProcessors(String dialectPrefix) {
		return Set.of(new PlotProcessor(dialectPrefix));
	}

	private static final class PlotProcessor extends AbstractAttributeTagProcessor {

		PlotProcessor(String dialectPrefix) {
			super(TemplateMode.HTML, dialectPrefix, null, false, "plot", true, 1000, true);
		}

		@Override
		protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
				String attributeValue, IElementTagStructureHandler structureHandler) {
			Object value = StandardExpressions.getExpressionParser(context.getConfiguration())
				.parseExpression(context, attributeValue)
				.execute(context);
			if (!(value instanceof LineChart chart)) {
				throw new IllegalArgumentException("chart:plot needs a LineChart, not " + value);
			}
			structureHandler.setBody(plot(context.getModelFactory(), chart), false);
		}

		/**
		 * One text event with the markup of every segment and point: what element events would write,
		 * with every value escaped the same way, without their look-up of each attribute by name.
		 */
		private static IModel plot(IModelFactory factory, LineChart chart) {
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
			IModel model = factory.createModel();
			model.add(factory.createText(markup));
			return model;
		}

		/** A space, then {@code name="value"} with the value escaped for a double-quoted attribute. */
		private static void attribute(StringBuilder markup, String name, String value) {
			markup.append(' ').append(name).append("=\"").append(HtmlEscape.escapeHtml4Xml(value)).append('"');
		}

	}

}
