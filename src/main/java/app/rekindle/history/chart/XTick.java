package app.rekindle.history.chart;

/**
 * A label under the x axis.
 *
 * @param x where the label sits, formatted for SVG
 * @param anchor the SVG {@code text-anchor}: start, middle or end
 */
public record XTick(String x, String label, String anchor) {
}
