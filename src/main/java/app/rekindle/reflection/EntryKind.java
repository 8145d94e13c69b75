package app.rekindle.reflection;

import java.util.Arrays;
import java.util.Optional;

/**
 * The lists of reflection, one entry shape for all: a body of text, for causes a category from
 * the catalogue, and for mistakes (required) and triggers (optional) a second text.
 */
public enum EntryKind {

	/** Why it ended: a cause from the catalogue with a note. */
	CAUSE("causes", true, Plan.NONE),

	/** An own mistake, with what I will do differently. */
	MISTAKE("mistakes", false, Plan.REQUIRED),

	/** An emotional trigger, with what helps when it comes. */
	TRIGGER("triggers", false, Plan.OPTIONAL),

	/** Growth since the breakup. */
	GROWTH("growth", false, Plan.NONE);

	private final String slug;

	private final boolean hasCategory;

	private final Plan plan;

	EntryKind(String slug, boolean hasCategory, Plan plan) {
		this.slug = slug;
		this.hasCategory = hasCategory;
		this.plan = plan;
	}

	/** The part of the address that names the list, as in {@code /reflection/mistakes}. */
	public String slug() {
		return this.slug;
	}

	public boolean hasCategory() {
		return this.hasCategory;
	}

	public boolean hasPlan() {
		return this.plan != Plan.NONE;
	}

	public boolean planRequired() {
		return this.plan == Plan.REQUIRED;
	}

	public static Optional<EntryKind> fromSlug(String slug) {
		return Arrays.stream(values()).filter((kind) -> kind.slug.equals(slug)).findFirst();
	}

	private enum Plan {

		NONE, OPTIONAL, REQUIRED

	}

}
