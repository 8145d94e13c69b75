/**
 * Synthetic accounts for the benchmark and the scale tests (bench/README.md): a {@code seed} profile
 * fills the configured database with journeys, check-ins and everything else a person writes,
 * encrypted with the production cipher, and exits. Nothing in the running application depends on it.
 */
package app.rekindle.seed;
