/**
 * Export of everything an account owns, as JSON and as Markdown: what a person writes is theirs to take.
 * It reads every feature module through their services and nothing depends on it, so it can
 * see them all without a cycle. The format is documented in {@code docs/EXPORT.md}.
 */
package app.rekindle.export;
