package app.rekindle.journey.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import app.rekindle.progression.Text;

/**
 * Turns the rules' {@link Text}s into the words on the page, with dates written out. Templates
 * use it as {@code @gateTexts}.
 */
@Component("gateTexts")
class GateTexts {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private final MessageSource messages;

	GateTexts(MessageSource messages) {
		this.messages = messages;
	}

	public String of(Text text) {
		Object[] args = text.args().stream().map(GateTexts::display).toArray();
		return this.messages.getMessage(text.code(), args, LocaleContextHolder.getLocale());
	}

	private static Object display(Object arg) {
		return (arg instanceof LocalDate date) ? DATE.format(date) : arg;
	}

}
