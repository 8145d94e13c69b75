package app.rekindle.system;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.MessageFormat;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.ObjectUtils;

/**
 * The messages of {@code messages.properties}, formatted by ICU when they have arguments, so a
 * count reads naturally in every form: {@code {0, plural, one {# urge} other {# urges}}}. Java's
 * own MessageFormat only knows ranges ({@code choice}), which ICU still reads, as it reads
 * {@code ''} as one apostrophe. A message without arguments is returned as written, as before.
 */
class IcuMessageSource extends ResourceBundleMessageSource {

	private final Map<Locale, Map<String, MessageFormat>> formats = new ConcurrentHashMap<>();

	@Override
	protected String getMessageInternal(String code, Object[] args, Locale locale) {
		if (code == null || ObjectUtils.isEmpty(args)) {
			return super.getMessageInternal(code, args, locale);
		}
		Locale target = (locale != null) ? locale : Locale.getDefault();
		String pattern = resolveCodeWithoutArguments(code, target);
		if (pattern == null) {
			return super.getMessageInternal(code, args, locale);
		}
		MessageFormat format = this.formats.computeIfAbsent(target, (key) -> new ConcurrentHashMap<>())
			.computeIfAbsent(pattern, (key) -> new MessageFormat(key, target));
		Object[] resolved = resolveArguments(args, target);
		// An ICU MessageFormat keeps state while it formats: one caller at a time, as Spring does with Java's.
		synchronized (format) {
			return format.format(resolved);
		}
	}

}
