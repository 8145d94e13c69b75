/**
 * Synthetic accounts for the benchmark and the scale tests (bench/README.md): a {@code seed} profile
 * fills the configured database with journeys, check-ins and everything else a person writes,
 * encrypted with the production cipher, and exits. Benchmark code, in {@code src/bench}: compiled with
 * the tests and by the {@code bench} Maven profile, never part of the application's jar.
 */
package app.rekindle.seed;
