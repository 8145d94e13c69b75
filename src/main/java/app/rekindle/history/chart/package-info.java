/**
 * The charts and the calendar: {@link app.rekindle.history.chart.ChartFactory} builds the charts of
 * a period with their titles and sentences from {@code messages.properties}, for the history page
 * and the printable summary alike (hence the named interface); the models under it are pure
 * functions from values to the numbers and words an SVG or a table needs, so the templates only
 * place what is computed here.
 */
@org.springframework.modulith.NamedInterface("chart")
package app.rekindle.history.chart;
