package app.rekindle.checkin;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the ticked self-care activities as their names, comma separated. */
@Converter
class SelfCareSetConverter implements AttributeConverter<Set<SelfCare>, String> {

	@Override
	public String convertToDatabaseColumn(Set<SelfCare> activities) {
		return activities.stream().sorted().map(SelfCare::name).collect(Collectors.joining(","));
	}

	@Override
	public Set<SelfCare> convertToEntityAttribute(String names) {
		Set<SelfCare> activities = EnumSet.noneOf(SelfCare.class);
		if (names != null && !names.isBlank()) {
			Arrays.stream(names.split(",")).map(SelfCare::valueOf).forEach(activities::add);
		}
		return activities;
	}

}
