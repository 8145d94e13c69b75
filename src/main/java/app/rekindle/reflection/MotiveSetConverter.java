package app.rekindle.reflection;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the ticked motives as their names, comma separated, in catalogue order. */
@Converter
class MotiveSetConverter implements AttributeConverter<Set<Motive>, String> {

	@Override
	public String convertToDatabaseColumn(Set<Motive> motives) {
		return motives.stream().sorted().map(Motive::name).collect(Collectors.joining(","));
	}

	@Override
	public Set<Motive> convertToEntityAttribute(String names) {
		Set<Motive> motives = EnumSet.noneOf(Motive.class);
		if (names != null && !names.isBlank()) {
			Arrays.stream(names.split(",")).map(Motive::valueOf).forEach(motives::add);
		}
		return motives;
	}

}
