package app.rekindle.reflection;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import app.rekindle.privacy.EncryptedTextConverter;

/** One entry of a reflection list: a cause, an own mistake, a trigger or a piece of growth. */
@Entity
@Table(name = "reflection_entry")
public class ReflectionEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "journey_id", nullable = false, updatable = false)
	private Long journeyId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10, updatable = false)
	private EntryKind kind;

	@Enumerated(EnumType.STRING)
	@Column(length = 30)
	private BreakupCause category;

	@Convert(converter = EncryptedTextConverter.class)
	@Column(nullable = false, length = 10800)
	private String body;

	@Convert(converter = EncryptedTextConverter.class)
	@Column(length = 10800)
	private String plan;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected ReflectionEntry() {
	}

	static ReflectionEntry create(long journeyId, EntryContent content, Instant now) {
		ReflectionEntry entry = new ReflectionEntry();
		entry.journeyId = journeyId;
		entry.kind = content.kind();
		entry.createdAt = now;
		entry.change(content);
		return entry;
	}

	void change(EntryContent content) {
		this.category = content.kind().hasCategory() ? content.category() : null;
		this.body = content.body();
		this.plan = content.kind().hasPlan() ? content.plan() : null;
	}

	public Long getId() {
		return this.id;
	}

	public Long getJourneyId() {
		return this.journeyId;
	}

	public EntryKind getKind() {
		return this.kind;
	}

	public BreakupCause getCategory() {
		return this.category;
	}

	public String getBody() {
		return this.body;
	}

	public String getPlan() {
		return this.plan;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
