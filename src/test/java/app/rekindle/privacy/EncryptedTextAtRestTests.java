package app.rekindle.privacy;

import java.security.SecureRandom;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import app.rekindle.testsupport.JournalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@JournalTest
class EncryptedTextAtRestTests {

	private static final String NOTE = "Day 12. I wrote them a letter I will never send. Ünïcødé and 😢 too.";

	@Autowired
	private EncryptedTextProbeRepository probes;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void encryptsJournalTextAtRest() {
		Long id = this.probes.saveAndFlush(new EncryptedTextProbe(NOTE)).id;

		String raw = this.jdbc.queryForObject("select body from encrypted_text_probe where id = ?", String.class, id);

		assertThat(raw).startsWith("v1:test:").doesNotContain(NOTE).doesNotContain("letter").doesNotContain("Day 12");
		assertThat(this.probes.findById(id)).get().extracting((probe) -> probe.body).isEqualTo(NOTE);
	}

	@Test
	void keepsNullAsNull() {
		Long id = this.probes.saveAndFlush(new EncryptedTextProbe(null)).id;
		assertThat(this.jdbc.queryForObject("select body from encrypted_text_probe where id = ?", String.class, id))
			.isNull();
		assertThat(this.probes.findById(id)).get().extracting((probe) -> probe.body).isNull();
	}

	@Test
	void failsLoudlyWhenTheColumnWasWrittenWithAnotherKey() {
		byte[] otherKey = new byte[32];
		new SecureRandom().nextBytes(otherKey);
		String foreign = new JournalTextCipher(KeyRing.parse("test:" + Base64.getEncoder().encodeToString(otherKey), null))
			.encrypt(NOTE);
		Long id = this.probes.saveAndFlush(new EncryptedTextProbe("about to be overwritten")).id;
		this.jdbc.update("update encrypted_text_probe set body = ? where id = ?", foreign, id);

		assertThatThrownBy(() -> this.probes.findById(id)).hasRootCauseInstanceOf(javax.crypto.AEADBadTagException.class)
			.satisfies((ex) -> assertThat(causes(ex)).anyMatch(JournalTextDecryptionException.class::isInstance));
	}

	private static java.util.List<Throwable> causes(Throwable ex) {
		java.util.List<Throwable> all = new java.util.ArrayList<>();
		for (Throwable t = ex; t != null; t = t.getCause()) {
			all.add(t);
		}
		return all;
	}

}
