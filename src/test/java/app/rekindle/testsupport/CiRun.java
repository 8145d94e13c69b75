package app.rekindle.testsupport;

/** CI sets {@code CI=true}; there a test whose infrastructure is missing fails instead of skipping. */
final class CiRun {

	private CiRun() {
	}

	static boolean active() {
		return "true".equalsIgnoreCase(System.getenv("CI"));
	}

	static String variable(String name) {
		String value = System.getenv(name);
		if (value == null || value.isBlank()) {
			value = System.getProperty(name);
		}
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
