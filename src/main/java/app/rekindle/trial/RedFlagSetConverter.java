package app.rekindle.trial;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the marked signs as their names, comma separated, in catalogue order; none is an empty text. */
@Converter
class RedFlagSetConverter implements AttributeConverter<Set<RedFlag>, String> {

	@Override
	public String convertToDatabaseColumn(Set<RedFlag> flags) {
		return (flags == null) ? "" : flags.stream().sorted().map(RedFlag::name).collect(Collectors.joining(","));
	}

	@Override
	public Set<RedFlag> convertToEntityAttribute(String names) {
		Set<RedFlag> flags = EnumSet.noneOf(RedFlag.class);
		if (names != null && !names.isBlank()) {
			Arrays.stream(names.split(",")).map(RedFlag::valueOf).forEach(flags::add);
		}
		return flags;
	}

}
