package app.rekindle.export.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import app.rekindle.account.AccountUser;
import app.rekindle.export.ExportService;
import app.rekindle.export.JournalExport;
import app.rekindle.export.JsonExport;
import app.rekindle.export.MarkdownExport;

/**
 * The two downloads of "Your data" on the account page: everything the signed-in account owns,
 * as JSON and as Markdown, named after the day in the person's own zone.
 */
@Controller
class ExportController {

	static final MediaType JSON = new MediaType("application", "json", StandardCharsets.UTF_8);

	static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);

	private final ExportService exports;

	private final MarkdownExport markdown;

	ExportController(ExportService exports, MarkdownExport markdown) {
		this.exports = exports;
		this.markdown = markdown;
	}

	@GetMapping("/account/export.json")
	ResponseEntity<byte[]> downloadJson(@AuthenticationPrincipal AccountUser user) {
		JournalExport export = this.exports.export(user.accountId());
		return download(export, "json", JSON, JsonExport.write(export));
	}

	@GetMapping("/account/export.md")
	ResponseEntity<byte[]> downloadMarkdown(@AuthenticationPrincipal AccountUser user) {
		JournalExport export = this.exports.export(user.accountId());
		return download(export, "md", MARKDOWN, this.markdown.write(export).getBytes(StandardCharsets.UTF_8));
	}

	private static ResponseEntity<byte[]> download(JournalExport export, String extension, MediaType type,
			byte[] body) {
		LocalDate day = LocalDate.ofInstant(export.exportedAt(), ZoneId.of(export.account().timeZone()));
		ContentDisposition attachment = ContentDisposition.attachment()
			.filename("journal-export-" + day + "." + extension)
			.build();
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment.toString())
			.contentType(type)
			.body(body);
	}

}
