package app.rekindle.history.chart;

/** Days across, values up; values beyond the scale are drawn at its edge rather than off the canvas. */
record ValueScale(PlotFrame frame, int days, int minValue, int maxValue) {

	double x(int day) {
		if (this.days == 1) {
			return this.frame.centerX();
		}
		return this.frame.left() + day * (double) this.frame.plotWidth() / (this.days - 1);
	}

	double y(int value) {
		int clamped = Math.max(this.minValue, Math.min(this.maxValue, value));
		return this.frame.bottom()
				- (clamped - this.minValue) * (double) this.frame.plotHeight() / (this.maxValue - this.minValue);
	}

	double markerRadius() {
		double spacing = (this.days == 1) ? this.frame.plotWidth() : this.frame.plotWidth() / (double) (this.days - 1);
		return Math.max(1.5, Math.min(3.5, spacing * 0.35));
	}

}
