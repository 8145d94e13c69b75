package app.rekindle.passkey;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;

import org.springframework.core.env.PropertyResolver;

/**
 * The allowed origins, as the relying party reads them each time it checks a passkey: each
 * configured origin with its placeholders resolved then, so one naming the server's port
 * ({@code http://localhost:${local.server.port}}) works once the port is known.
 */
final class AllowedOrigins extends AbstractSet<String> {

	private final List<String> configured;

	private final PropertyResolver resolver;

	AllowedOrigins(List<String> configured, PropertyResolver resolver) {
		this.configured = List.copyOf(configured);
		this.resolver = resolver;
	}

	@Override
	public Iterator<String> iterator() {
		return this.configured.stream().map(this.resolver::resolvePlaceholders).iterator();
	}

	@Override
	public int size() {
		return this.configured.size();
	}

}
