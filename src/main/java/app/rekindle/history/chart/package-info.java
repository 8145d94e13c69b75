/**
 * View models for the history page's charts and calendar: pure functions from check-in values to
 * the numbers and words an SVG or a table needs, so the templates only place what is computed here.
 * The printable summary draws the same charts, hence the named interface.
 */
@org.springframework.modulith.NamedInterface("chart")
package app.rekindle.history.chart;
