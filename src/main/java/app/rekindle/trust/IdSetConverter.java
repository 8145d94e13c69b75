package app.rekindle.trust;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a set of ids as their numbers, comma separated, in ascending order ("" for none). */
@Converter
class IdSetConverter implements AttributeConverter<Set<Long>, String> {

	@Override
	public String convertToDatabaseColumn(Set<Long> ids) {
		return (ids == null) ? "" : new TreeSet<>(ids).stream().map(String::valueOf).collect(Collectors.joining(","));
	}

	@Override
	public Set<Long> convertToEntityAttribute(String ids) {
		Set<Long> set = new TreeSet<>();
		if (ids != null && !ids.isBlank()) {
			Arrays.stream(ids.split(",")).map(String::strip).map(Long::valueOf).forEach(set::add);
		}
		return set;
	}

}
