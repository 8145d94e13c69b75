package app.rekindle.system;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import app.rekindle.account.AccountClock;
import app.rekindle.account.AccountUser;
import app.rekindle.checkin.CheckInService;
import app.rekindle.testsupport.EveryKindFixture;
import app.rekindle.testsupport.FormCatalog.Field;
import app.rekindle.testsupport.FormCatalog.Form;
import app.rekindle.testsupport.FormCatalog;
import app.rekindle.testsupport.JournalTest;
import app.rekindle.testsupport.MutableClock;
import app.rekindle.testsupport.MutableClockConfiguration;
import app.rekindle.testsupport.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * A file sent in place of a field (a multipart part with a file name where a form has a text field or
 * a choice) is an error beside the field in plain words: never a Java class name echoed back as what
 * was typed, never a server error. Every form the crawl finds, every field of it.
 */
@JournalTest
class FileInPlaceOfTextTests {

	/** A class name (java.lang.String, org.springframework…MockMultipartFile@1a2b3c) or Spring's conversion message. */
	private static final Pattern JAVA = Pattern.compile(
			"\\b(java|javax|jakarta|org|com)\\.[a-z]\\w*\\.[\\w.$]+|MultipartFile|@[0-9a-f]{6,8}\\b|Failed to convert");

	private static final String MESSAGE = "Files cannot be added to this form.";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private FormCatalog catalog;

	@Autowired
	private EveryKindFixture fixture;

	@Autowired
	private MutableClock clock;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private CheckInService checkIns;

	@Autowired
	private AccountClock accountClock;

	@Test
	void aFileInPlaceOfTheNoteIsAPlainErrorAndKeepsTheRestOfTheCheckIn() throws Exception {
		AccountUser account = this.accounts.create();
		LocalDate today = this.accountClock.today(account.accountId());
		MockHttpServletResponse response = this.mvc
			.perform(multipart("/checkin/{day}", today).file(file("note"))
				.param("mood", "3")
				.param("urge", "4")
				.param("contact", "NONE")
				.param("otherSelfCare", "A long bath")
				.with(user(account))
				.with(csrf())
				.accept(MediaType.TEXT_HTML))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(200);
		String html = response.getContentAsString();
		assertThat(html).doesNotContainPattern(JAVA);
		Document page = Jsoup.parse(html);
		assertThat(page.selectFirst("#note-error").text()).isEqualTo(MESSAGE + " Please type or choose your answer here.");
		assertThat(page.selectFirst("textarea[name=note]").wholeText()).isEmpty();
		assertThat(page.selectFirst("input[name=otherSelfCare]").attr("value")).isEqualTo("A long bath");
		assertThat(this.checkIns.on(account.accountId(), today)).isEmpty();
	}

	@Test
	void aFileInPlaceOfAnyFieldOfAnyFormNeverEchoesAClassName() throws Exception {
		this.clock.set(MutableClockConfiguration.START);
		List<Form> forms = new ArrayList<>(FormCatalog.distinct(this.catalog.crawlEveryStage(this.fixture))
			.stream()
			.filter((form) -> form.method().equals("post") && !FormCatalog.NOT_SUBMITTED.containsKey(form.route()))
			.toList());
		// Ending, sending and deleting last: before them the other forms still have something to change.
		forms.sort(Comparator.comparing(FormCatalog::changesOtherForms));

		List<String> problems = new ArrayList<>();
		int sent = 0;
		int plainErrors = 0;
		for (Form form : forms) {
			for (Field field : form.fields()) {
				MockHttpServletResponse response = sendWithFile(form, field.name());
				sent++;
				String body = response.getContentAsString();
				Matcher java = JAVA.matcher(body);
				if (response.getStatus() >= 500) {
					problems.add(response.getStatus() + " for a file as " + field.name() + " in " + form);
				}
				else if (java.find()) {
					problems.add("a file as " + field.name() + " in " + form + " shows «"
							+ body.substring(Math.max(0, java.start() - 80), Math.min(body.length(), java.end() + 20)) + "»");
				}
				if (body.contains(MESSAGE)) {
					plainErrors++;
				}
			}
		}
		System.out.println("A file in place of a field: " + sent + " requests, " + plainErrors + " answered with the plain message");
		assertThat(problems).isEmpty();
		assertThat(plainErrors).as("forms that said so in plain words").isPositive();
	}

	private MockHttpServletResponse sendWithFile(Form form, String fieldName) throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart(URI.create(form.action()));
		form.asOffered().forEach((name, values) -> {
			if (!name.equals(fieldName)) {
				values.forEach((value) -> request.param(name, value));
			}
		});
		request.file(file(fieldName)).with(csrf()).accept(MediaType.TEXT_HTML);
		if (form.user() != null) {
			request.with(user(form.user()));
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

	private static MockMultipartFile file(String name) {
		return new MockMultipartFile(name, "letter.txt", "text/plain", "Dear you".getBytes(StandardCharsets.UTF_8));
	}

}
