package app.rekindle.history.chart;

/**
 * The SVG canvas and the plot area inside it, in SVG user units.
 *
 * <p>The canvas is small on purpose: the SVG is scaled to the width of its column, and a 320-unit
 * canvas on a 320-pixel phone keeps the axis labels near their set size instead of halving them.
 *
 * @param width the viewBox width
 * @param height the viewBox height
 * @param left the x of the y axis
 * @param right the x where the plot ends
 * @param top the y of the highest value
 * @param bottom the y of the x axis (the lowest value)
 */
public record PlotFrame(int width, int height, int left, int right, int top, int bottom) {

	/** The frame every chart on the history page uses. */
	public static final PlotFrame STANDARD = new PlotFrame(320, 180, 30, 308, 12, 154);

	public String viewBox() {
		return "0 0 " + this.width + " " + this.height;
	}

	public int plotWidth() {
		return this.right - this.left;
	}

	public int plotHeight() {
		return this.bottom - this.top;
	}

	/** Where y-axis labels end (they are drawn with {@code text-anchor="end"}). */
	public int yLabelX() {
		return this.left - 6;
	}

	/** The baseline of the x-axis labels. */
	public int xLabelY() {
		return this.bottom + 18;
	}

	double centerX() {
		return this.left + plotWidth() / 2.0;
	}

}
