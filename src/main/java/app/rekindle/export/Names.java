package app.rekindle.export;

import java.util.Collection;
import java.util.List;

/** Enum values as the export writes them: by name, in declaration order, so a set reads the same every time. */
final class Names {

	private Names() {
	}

	static <E extends Enum<E>> List<String> sorted(Collection<E> values) {
		return values.stream().sorted().map(Enum::name).toList();
	}

	static String of(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

}
