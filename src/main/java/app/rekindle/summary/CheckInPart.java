package app.rekindle.summary;

import app.rekindle.history.chart.Charts;

/** The daily check-ins of the period: their figures, and the mood, urge and urges-by-hour charts. */
public record CheckInPart(CheckInFigures figures, Charts charts) {

	/** The urges logged in the period, which the hour chart counts. */
	public int urges() {
		return this.charts.urges();
	}

}
