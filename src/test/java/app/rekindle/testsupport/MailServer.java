package app.rekindle.testsupport;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real SMTP server (GreenMail) on a free port of this machine, started once for the test run and
 * shared by every context with mail on ({@link MailTest}; a PostgreSQL test may use it too). Tests tell
 * their messages apart by recipient: every test account has an address of its own.
 */
public final class MailServer {

	private static GreenMail server;

	private MailServer() {
	}

	public static synchronized GreenMail server() {
		if (server == null) {
			server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		}
		return server;
	}

	/** The messages received for this address so far. */
	public static List<MimeMessage> to(String recipient) {
		return Arrays.stream(server().getReceivedMessages()).filter((message) -> isTo(message, recipient)).toList();
	}

	/** Waits (up to 10 s) until this address has received {@code count} messages, and returns them. */
	public static List<MimeMessage> await(String recipient, int count) {
		long deadline = System.nanoTime() + 10_000_000_000L;
		List<MimeMessage> received = to(recipient);
		while (received.size() < count && System.nanoTime() < deadline) {
			sleep(50);
			received = to(recipient);
		}
		if (received.size() < count) {
			throw new AssertionError("Expected " + count + " e-mails to " + recipient + ", received " + received.size());
		}
		return received;
	}

	/** The one message this address received, waiting for it, after making sure no second one follows. */
	public static MimeMessage one(String recipient) {
		MimeMessage message = await(recipient, 1).get(0);
		sleep(300);
		List<MimeMessage> all = to(recipient);
		if (all.size() != 1) {
			throw new AssertionError("Expected one e-mail to " + recipient + ", received " + all.size());
		}
		return message;
	}

	/** The plain-text part of a message. */
	public static String text(MimeMessage message) {
		return part(message, "text/plain");
	}

	/** The HTML part of a message. */
	public static String html(MimeMessage message) {
		return part(message, "text/html");
	}

	/** The first address on this site that a message's plain text links to, as a path. */
	public static String linkPath(MimeMessage message, String siteUrl) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(siteUrl) + "(/\\S+)")
			.matcher(text(message));
		if (!matcher.find()) {
			throw new AssertionError("No link to " + siteUrl + " in: " + text(message));
		}
		return matcher.group(1);
	}

	private static String part(jakarta.mail.Part part, String type) {
		try {
			if (part.isMimeType(type)) {
				return (String) part.getContent();
			}
			if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
				for (int i = 0; i < multipart.getCount(); i++) {
					String found = part(multipart.getBodyPart(i), type);
					if (found != null) {
						return found;
					}
				}
			}
			return null;
		}
		catch (MessagingException | java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static boolean isTo(MimeMessage message, String recipient) {
		try {
			Address[] to = message.getAllRecipients();
			return to != null && Arrays.stream(to).anyMatch((address) -> address.toString().equalsIgnoreCase(recipient));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Points {@code spring.mail.*} at the shared server. */
	public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			TestPropertyValues.of("spring.mail.host=127.0.0.1", "spring.mail.port=" + server().getSmtp().getPort())
				.applyTo(context);
		}

	}

}
