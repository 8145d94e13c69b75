package app.rekindle.history.chart;

/**
 * The charts of one period, as the history page and the summary show them: mood and urge to
 * contact them each day, and urges by hour of the day. Built by {@link ChartFactory}.
 */
public record Charts(ChartPeriod period, LineChart mood, LineChart urge, HourChart hours) {

	/** The days with a check-in in the period. */
	public int checkIns() {
		return this.mood.markers().size();
	}

	/** The urges logged in the period. */
	public int urges() {
		return this.hours.total();
	}

}
