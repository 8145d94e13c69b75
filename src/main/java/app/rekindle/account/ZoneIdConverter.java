package app.rekindle.account;

import java.time.ZoneId;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
class ZoneIdConverter implements AttributeConverter<ZoneId, String> {

	@Override
	public String convertToDatabaseColumn(ZoneId zone) {
		return (zone != null) ? zone.getId() : null;
	}

	@Override
	public ZoneId convertToEntityAttribute(String id) {
		return (id != null) ? ZoneId.of(id) : null;
	}

}
