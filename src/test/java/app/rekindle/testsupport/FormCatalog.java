package app.rekindle.testsupport;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import app.rekindle.account.AccountUser;
import app.rekindle.progression.Stage;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The application's pages and forms as a person finds them: starting from a few addresses, it
 * follows every link a page offers (signed in as the given account, or not signed in), parses
 * every form with jsoup and maps each page and each form's action back to the route Spring
 * answers it with (from {@link HandlerRoutes}), so a page or form added later is found without
 * anyone listing it. Tests use {@link #uncovered} to fail when a route is reached by no link or
 * offered by no form, unless it is classified in {@link #NOT_LINKED} or {@link #NOT_OFFERED}.
 */
@Component
public class FormCatalog {

	/** GET routes no page links to as a page of its own, and why. */
	public static final Map<String, String> NOT_LINKED = Map.of("/calendar/{token}.ics",
			"the calendar feed is an address to copy into a calendar app (shown as text, read without signing in); "
					+ "the calendar tests cover it",
			"/checkin/{day}/saved", "the answer to a hard check-in, reached by the redirect after saving one; "
					+ "CheckInControllerTests and QuickCheckInBrowserTests cover it",
			"/account/recovery-codes", "new recovery codes, reached by the redirect after sign-up or a new set; "
					+ "RecoveryCodesPageTests cover it",
			"/account/recovered", "the end of \"Can't log in?\", reached by the redirect after a code is used; "
					+ "CantLogInTests cover it",
			"/manifest.webmanifest", "the web app manifest, linked by <link rel=\"manifest\"> for browsers, not as a page; "
					+ "WebAppManifestTests cover it");

	/** POST routes no crawled page offers a form for, and why. */
	public static final Map<String, String> NOT_OFFERED = Map.of("/journeys/{journeyId}/advance",
			"Continue is a form only once the gate is open, which no crawled stage of the fixture is; "
					+ "AdvanceThroughAnOpenGateTests and the gate flow tests send it",
			"/dashboard/support-card",
			"the support card shows only after several low days; TodayBrowserTests puts it away",
			"/journeys/{journeyId}/trial/worries",
			"the form that records fear or control in a trial shows only once one of them is marked, and sending it "
					+ "ends the trial; TrialDepthTests sends it",
			"/account/recovery-codes/download",
			"the text file of new codes is offered only on the page that shows them once, after sign-up or a new set; "
					+ "RecoveryCodesPageTests sends it");

	/** Forms the crawl finds but tests must not submit, and why. */
	public static final Map<String, String> NOT_SUBMITTED = Map.of("/logout",
			"signing out takes no input; Spring Security answers it, not a form of ours", "/login",
			"Spring Security answers it with a redirect whatever is sent, and many failed attempts would pause "
					+ "log-in for every test after; the log-in tests cover its input");

	/** Enough addresses of one route to see each variant of its page (the four reflection kinds, say). */
	private static final int PAGES_PER_ROUTE = 4;

	/** Asked for only when a test crawls: contexts without MockMvc (browser, PostgreSQL) still start. */
	private final ObjectProvider<MockMvc> mvc;

	private final RequestMappingHandlerMapping mappings;

	FormCatalog(ObjectProvider<MockMvc> mvc,
			@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
		this.mvc = mvc;
		this.mappings = mappings;
	}

	/** A form control, with the value the page filled in and the choices it offers. */
	public record Field(String name, String kind, List<String> values, List<String> options, int maxLength,
			boolean required) {

		/** Controls a person types free text into. */
		public boolean isText() {
			return Set.of("text", "textarea", "search", "email", "url", "tel").contains(this.kind);
		}

		public boolean isChoice() {
			return Set.of("select", "radio", "checkbox").contains(this.kind);
		}

	}

	/** A form as one page offers it, to one account (null: not signed in). */
	public record Form(AccountUser user, String label, String page, String method, String action, String route,
			List<Field> fields) {

		/** The values the page would send as it stands: a valid submission for most forms. */
		public Map<String, List<String>> asOffered() {
			Map<String, List<String>> values = new LinkedHashMap<>();
			for (Field field : this.fields) {
				if (field.kind().equals("submit")) {
					values.putIfAbsent(field.name(), field.values());
				}
				else if (field.kind().equals("radio") || field.kind().equals("select")) {
					values.put(field.name(), field.values().isEmpty() && !field.options().isEmpty()
							? List.of(field.options().get(0)) : field.values());
				}
				else {
					values.put(field.name(), field.values());
				}
			}
			return values;
		}

		public List<Field> textFields() {
			return this.fields.stream().filter(Field::isText).toList();
		}

		/** Same route and same fields: the same form, whichever row or account it is for. */
		public String kind() {
			return this.method + " " + this.route + " " + this.fields.stream().map(Field::name).sorted().toList();
		}

		public MockHttpServletRequestBuilder signedIn(MockHttpServletRequestBuilder request) {
			return (this.user != null) ? request.with(SecurityMockMvcRequestPostProcessors.user(this.user)) : request;
		}

		@Override
		public String toString() {
			return this.kind() + " on " + this.page + " (" + this.label + ")";
		}

	}

	/** A page the crawl fetched. */
	public record Page(String url, String route, int status, String contentType, String contentSecurityPolicy,
			String body, byte[] content, long millis) {

		public boolean isHtml() {
			return this.status == 200 && this.contentType != null && this.contentType.startsWith("text/html");
		}

		public Document document() {
			return Jsoup.parse(this.body, "http://localhost" + this.url);
		}

	}

	/** What one crawl found. */
	public record Crawl(AccountUser user, String label, List<Page> pages, List<Form> forms) {

		public Set<String> routesReached() {
			Set<String> routes = new LinkedHashSet<>();
			this.pages.forEach((page) -> routes.add(page.route()));
			return routes;
		}

		public List<Page> htmlPages() {
			return this.pages.stream().filter(Page::isHtml).toList();
		}

	}

	/**
	 * Fetches the start addresses and every page they link to, breadth first, as the account
	 * (null: not signed in), at most {@value #PAGES_PER_ROUTE} addresses per route.
	 */
	public Crawl crawl(AccountUser account, String label, String... starts) throws Exception {
		List<PathPattern> routes = patterns(RequestMethod.GET);
		List<PathPattern> postRoutes = patterns(RequestMethod.POST);
		Deque<String> queue = new ArrayDeque<>(List.of(starts));
		Set<String> seen = new LinkedHashSet<>(List.of(starts));
		Map<String, Integer> perRoute = new TreeMap<>();
		List<Page> pages = new ArrayList<>();
		List<Form> forms = new ArrayList<>();
		while (!queue.isEmpty()) {
			String url = queue.removeFirst();
			Optional<String> route = routeOf(routes, url);
			if (route.isEmpty() || perRoute.merge(route.get(), 1, Integer::sum) > PAGES_PER_ROUTE) {
				continue;
			}
			Page page = fetch(account, url, route.get());
			pages.add(page);
			if (!page.isHtml()) {
				continue;
			}
			Document document = page.document();
			for (Element link : document.select("a[href]")) {
				String href = local(link.attr("href"));
				if (href != null && !href.equals("/logout") && seen.add(href)) {
					queue.addLast(href);
				}
			}
			for (Element form : document.select("form")) {
				String method = form.attr("method").isBlank() ? "get" : form.attr("method").toLowerCase();
				String action = form.attr("action").isBlank() ? url : form.attr("action");
				String path = local(action);
				Optional<String> formRoute = (path == null) ? Optional.empty()
						: routeOf(method.equals("post") ? postRoutes : routes, path);
				List<Field> fields = fields(form);
				forms.add(new Form(account, label, url, method, path != null ? path : action,
						formRoute.orElse(path != null ? path : action), fields));
				if (method.equals("get") && path != null) {
					// A search or a choice of period is a page too: fetch it as the form sends it.
					List<String> targets = new ArrayList<>(List.of(path));
					form.select("button[formaction]").forEach((button) -> targets.add(local(button.attr("formaction"))));
					for (String target : targets) {
						if (target != null && seen.add(withQuery(target, fields))) {
							queue.addLast(withQuery(target, fields));
						}
					}
				}
			}
		}
		return new Crawl(account, label, List.copyOf(pages), List.copyOf(forms));
	}

	/**
	 * Crawls as a visitor who is not signed in, then as one account per stage with an active
	 * journey and the data of that stage and the ones before it, then as an account whose journeys
	 * have ended: between them, every form the application has shows up. Needs the
	 * {@link MutableClock} (see {@link EveryKindFixture}).
	 */
	public List<Crawl> crawlEveryStage(EveryKindFixture fixture) throws Exception {
		List<Crawl> crawls = new ArrayList<>();
		crawls.add(crawl(null, "not signed in", "/", "/login", "/signup"));
		for (Stage stage : Stage.values()) {
			EveryKindFixture.Created account = (stage == Stage.MOVING_ON) ? fixture.create("Ended")
					: fixture.createInStage(stage.name(), stage);
			crawls.add(crawl(account.user(), (stage == Stage.MOVING_ON) ? "journeys ended" : stage.name(), "/dashboard",
					"/journeys/" + account.journeyId(), "/account", "/history", "/summary"));
		}
		return crawls;
	}

	/**
	 * Sends the form with the given values, each name as often as it has values, with a valid
	 * CSRF token and signed in as the form's account.
	 */
	public MockHttpServletResponse submit(Form form, Map<String, List<String>> values) throws Exception {
		MockHttpServletRequestBuilder request = form.method().equals("post") ? post(URI.create(form.action())).with(csrf())
				: get(URI.create(form.action()));
		values.forEach((name, list) -> list.forEach((value) -> request.param(name, value)));
		return this.mvc.getObject().perform(form.signedIn(request.accept(MediaType.TEXT_HTML))).andReturn().getResponse();
	}

	/**
	 * Whether sending the form changes what the other forms of the account can do (ends or moves
	 * the journey, as a safety answer or a request for no contact can; deletes a row; turns something
	 * off): tests send these last.
	 */
	public static boolean changesOtherForms(Form form) {
		return form.route().matches(".*/(delete|move-on|together|advance|back-to-no-contact|sent|off|new-address|safety|reply)")
				|| form.route().equals("/journeys") || form.route().equals("/account/password");
	}

	/** One page, as the account (null: not signed in) gets it, without following its links. */
	public Page fetch(AccountUser account, String url) throws Exception {
		return fetch(account, url, routeOf(RequestMethod.GET, url).orElse(url));
	}

	private Page fetch(AccountUser account, String url, String route) throws Exception {
		long started = System.nanoTime();
		MockHttpServletRequestBuilder request = get(URI.create(url)).accept(MediaType.TEXT_HTML);
		MockHttpServletResponse response = this.mvc.getObject().perform((account != null) ? request.with(user(account)) : request)
			.andReturn()
			.getResponse();
		return new Page(url, route, response.getStatus(), response.getContentType(),
				response.getHeader("Content-Security-Policy"), response.getContentAsString(),
				response.getContentAsByteArray(), (System.nanoTime() - started) / 1_000_000);
	}

	/** One form of each kind across the crawls, as the first crawl that offers it offers it. */
	public static List<Form> distinct(Collection<Crawl> crawls) {
		Map<String, Form> forms = new LinkedHashMap<>();
		crawls.forEach((crawl) -> crawl.forms().forEach((form) -> forms.putIfAbsent(form.kind(), form)));
		return List.copyOf(forms.values());
	}

	/**
	 * Routes nothing covered: GET routes no crawled page was fetched at, POST routes no form
	 * offered, leaving out the classified ones. Empty when every route is covered.
	 */
	public List<String> uncovered(Collection<Crawl> crawls) {
		Set<String> reached = new LinkedHashSet<>();
		Set<String> offered = new LinkedHashSet<>();
		for (Crawl crawl : crawls) {
			reached.addAll(crawl.routesReached());
			crawl.forms().stream().filter((form) -> form.method().equals("post")).forEach((form) -> offered.add(form.route()));
		}
		List<String> uncovered = new ArrayList<>();
		for (String route : HandlerRoutes.patterns(this.mappings, RequestMethod.GET)) {
			if (!reached.contains(route) && !NOT_LINKED.containsKey(route) && !route.equals("/error")) {
				uncovered.add("GET " + route + ": no crawled page links to it (classify it in FormCatalog.NOT_LINKED)");
			}
		}
		for (String route : HandlerRoutes.patterns(this.mappings, RequestMethod.POST)) {
			if (!offered.contains(route) && !NOT_OFFERED.containsKey(route) && !route.equals("/error")) {
				uncovered.add("POST " + route + ": no crawled page offers a form for it (classify it in FormCatalog.NOT_OFFERED)");
			}
		}
		return uncovered;
	}

	/** The route pattern Spring would answer a local address with, the most specific first. */
	public Optional<String> routeOf(RequestMethod method, String url) {
		return routeOf(patterns(method), url);
	}

	private static Optional<String> routeOf(List<PathPattern> patterns, String url) {
		int query = url.indexOf('?');
		PathContainer path = PathContainer.parsePath((query < 0) ? url : url.substring(0, query));
		return patterns.stream()
			.filter((pattern) -> pattern.matches(path))
			.sorted(PathPattern.SPECIFICITY_COMPARATOR)
			.map(PathPattern::getPatternString)
			.findFirst();
	}

	private List<PathPattern> patterns(RequestMethod method) {
		return HandlerRoutes.patterns(this.mappings, method)
			.stream()
			.map(PathPatternParser.defaultInstance::parse)
			.toList();
	}

	private static String withQuery(String path, List<Field> fields) {
		StringBuilder url = new StringBuilder(path);
		char separator = path.contains("?") ? '&' : '?';
		for (Field field : fields) {
			List<String> values = (field.kind().equals("select") && field.values().isEmpty() && !field.options().isEmpty())
					? List.of(field.options().get(0)) : field.values();
			for (String value : values) {
				url.append(separator).append(encode(field.name())).append('=').append(encode(value));
				separator = '&';
			}
		}
		return url.toString();
	}

	private static String encode(String text) {
		// %20, not +: MockMvc reads a query as a browser writes a URL, not as a form body.
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
	}

	/** A same-site address without its fragment, or null for another site's. */
	private static String local(String href) {
		if (!href.startsWith("/") || href.startsWith("//")) {
			return null;
		}
		int fragment = href.indexOf('#');
		String url = (fragment < 0) ? href : href.substring(0, fragment);
		return url.isEmpty() ? null : url;
	}

	private static List<Field> fields(Element form) {
		Map<String, Field> fields = new LinkedHashMap<>();
		for (Element control : form.select("input[name], select[name], textarea[name], button[name]")) {
			String name = control.attr("name");
			if (name.equals("_csrf")) {
				continue;
			}
			String kind = switch (control.tagName()) {
				case "select", "textarea" -> control.tagName();
				case "button" -> "submit";
				default -> control.attr("type").isBlank() ? "text" : control.attr("type").toLowerCase();
			};
			if (kind.equals("submit") && !control.tagName().equals("button")) {
				continue;
			}
			int maxLength = control.hasAttr("maxlength") ? Integer.parseInt(control.attr("maxlength")) : -1;
			boolean required = control.hasAttr("required");
			Field known = fields.get(name);
			List<String> values = new ArrayList<>((known != null) ? known.values() : List.of());
			List<String> options = new ArrayList<>((known != null) ? known.options() : List.of());
			switch (kind) {
				case "select" -> control.select("option").forEach((option) -> {
					options.add(option.attr("value"));
					if (option.hasAttr("selected")) {
						values.add(option.attr("value"));
					}
				});
				case "radio", "checkbox" -> {
					options.add(control.attr("value"));
					if (control.hasAttr("checked")) {
						values.add(control.attr("value"));
					}
				}
				case "textarea" -> values.add(control.wholeText());
				default -> {
					if (known == null) {
						values.add(control.attr("value"));
					}
				}
			}
			fields.put(name, new Field(name, (known != null) ? known.kind() : kind, List.copyOf(values),
					List.copyOf(options), maxLength, required || (known != null && known.required())));
		}
		return List.copyOf(fields.values());
	}

}
