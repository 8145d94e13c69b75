package app.rekindle.history.chart;

/**
 * A value on the y axis, with its gridline.
 *
 * @param y where the gridline runs, formatted for SVG
 */
public record YTick(int value, String y, String label) {
}
