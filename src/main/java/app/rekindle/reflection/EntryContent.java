package app.rekindle.reflection;

/** What a person wrote for one entry; {@code plan} is null where the kind has none or it was left empty. */
public record EntryContent(EntryKind kind, BreakupCause category, String body, String plan) {

	@Override
	public String toString() {
		return "EntryContent[kind=" + this.kind + ", category=" + this.category + "]";
	}

}
