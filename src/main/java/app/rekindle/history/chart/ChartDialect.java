package app.rekindle.history.chart;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.AttributeValueQuotes;
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
 * <p>
 * A year's summary has 730 points. Written element by element in the template, with five expressions
 * each, they were most of the cost of the page (docs/PERFORMANCE.md); made here as template events, they
 * cost a loop. Every attribute value and tooltip is escaped as the template would escape it.
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

		private static IModel plot(IModelFactory factory, LineChart chart) {
			boolean urge = "urge".equals(chart.cssModifier());
			IModel model = factory.createModel();
			for (String points : chart.segments()) {
				Map<String, String> line = attributes("class", "chart__line", "fill", "none", "stroke", "#333333",
						"stroke-width", "2", "points", points);
				if (urge) {
					line.put("stroke-dasharray", "6 4");
				}
				model.add(factory.createStandaloneElementTag("polyline", line, AttributeValueQuotes.DOUBLE, false, true));
			}
			String fill = urge ? "#ffffff" : "#333333";
			for (LineChart.Marker marker : chart.markers()) {
				model.add(factory.createOpenElementTag("circle", attributes("class", "chart__point", "stroke", "#333333",
						"stroke-width", "1.5", "fill", fill, "cx", marker.cx(), "cy", marker.cy(), "r", chart.markerRadius()),
						AttributeValueQuotes.DOUBLE, false));
				model.add(factory.createOpenElementTag("title"));
				model.add(factory.createText(HtmlEscape.escapeHtml4Xml(marker.label())));
				model.add(factory.createCloseElementTag("title"));
				model.add(factory.createCloseElementTag("circle"));
			}
			return model;
		}

		/** Name and value pairs, each value escaped for a double-quoted attribute. */
		private static Map<String, String> attributes(String... namesAndValues) {
			Map<String, String> attributes = new LinkedHashMap<>();
			for (int i = 0; i < namesAndValues.length; i += 2) {
				attributes.put(namesAndValues[i], HtmlEscape.escapeHtml4Xml(namesAndValues[i + 1]));
			}
			return attributes;
		}

	}

}
