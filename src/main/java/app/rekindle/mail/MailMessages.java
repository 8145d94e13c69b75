package app.rekindle.mail;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.springframework.context.MessageSource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import app.rekindle.system.WhenMailIsOn;

/**
 * Turns an outbox row into an e-mail and hands it to the SMTP server: from "Your journal", a neutral
 * subject, plain text and HTML of the same words (multipart/alternative), the row's link made absolute with
 * {@code rekindle.mail.site-url}. A reminder also carries its one-click unsubscribe (RFC 8058).
 */
@Component
@WhenMailIsOn
class MailMessages {

	private final JavaMailSender sender;

	private final MailProperties properties;

	private final MessageSource words;

	private final SpringTemplateEngine templates;

	MailMessages(JavaMailSender sender, MailProperties properties, MessageSource words) {
		this.sender = sender;
		this.properties = properties;
		this.words = words;
		this.templates = new SpringTemplateEngine();
		this.templates.addTemplateResolver(resolver("*.txt", TemplateMode.TEXT, 1));
		this.templates.addTemplateResolver(resolver("*.html", TemplateMode.HTML, 2));
		this.templates.setTemplateEngineMessageSource(words);
	}

	void send(OutboxMessage message) {
		MimeMessage mime = this.sender.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(mime, StandardCharsets.UTF_8.name());
			helper.setFrom(this.properties.from(), this.properties.fromName());
			helper.setTo(message.recipient());
			helper.setSubject(this.words.getMessage("mail." + message.kind().key() + ".subject", null, Locale.ENGLISH));
			Context context = new Context(Locale.ENGLISH, variables(message));
			MimeMultipart alternatives = new MimeMultipart("alternative");
			alternatives.addBodyPart(part(this.templates.process(message.kind().key() + ".txt", context), "plain"));
			alternatives.addBodyPart(part(this.templates.process(message.kind().key() + ".html", context), "html"));
			mime.setContent(alternatives);
			if (message.kind() == MailKind.REMINDER) {
				mime.setHeader("List-Unsubscribe", "<" + this.properties.link(message.linkPath()) + ">");
				mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
			}
		}
		catch (MessagingException | UnsupportedEncodingException ex) {
			throw new MailPreparationException("E-mail " + message.id() + " could not be put together", ex);
		}
		this.sender.send(mime);
	}

	private static MimeBodyPart part(String content, String subtype) throws MessagingException {
		MimeBodyPart part = new MimeBodyPart();
		part.setText(content, StandardCharsets.UTF_8.name(), subtype);
		return part;
	}

	private Map<String, Object> variables(OutboxMessage message) {
		return Map.of("link", (message.linkPath() != null) ? this.properties.link(message.linkPath()) : "",
				"loginLink", this.properties.link("/login"), "forgotLink", this.properties.link("/password/forgot"),
				"todayLink", this.properties.link("/dashboard"), "accountLink", this.properties.link("/account"));
	}

	private static ClassLoaderTemplateResolver resolver(String pattern, TemplateMode mode, int order) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/mail/");
		resolver.setResolvablePatterns(Set.of(pattern));
		resolver.setTemplateMode(mode);
		resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
		resolver.setOrder(order);
		resolver.setCacheable(true);
		return resolver;
	}

}
