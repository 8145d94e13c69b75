/**
 * View models for the history page's charts and calendar: pure functions from check-in values to
 * the numbers and words an SVG or a table needs, so the templates only place what is computed here.
 */
package app.rekindle.history.chart;
