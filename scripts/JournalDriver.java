import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.StringJoiner;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP clients for scripts/durability.sh and scripts/load.sh: JDK only (java.net.http), one file,
 * so CI needs nothing but the JDK that builds the app. Each simulated person has an account of their
 * own, signs in through the real forms (CSRF token and session cookie included) and writes through
 * the same POSTs a browser sends. A write counts as acknowledged only when the app answered with
 * the redirect a browser would follow after a successful save.
 *
 * <pre>
 * java scripts/JournalDriver.java durability-write  BASE_URL STATE_FILE CLIENTS MAX_SECONDS
 * java scripts/JournalDriver.java durability-verify BASE_URL STATE_FILE
 * java scripts/JournalDriver.java load              BASE_URL CONNECTIONS SECONDS
 * </pre>
 */
public class JournalDriver {

	static final String PASSWORD = "durable-and-loaded-2026";

	/** Late check-ins may be filled in up to 14 days back (CheckInDay.LATE_WINDOW_DAYS). */
	static final int LATE_DAYS = 14;

	public static void main(String[] args) throws Exception {
		if (args.length < 1) {
			usage();
		}
		switch (args[0]) {
			case "durability-write" -> {
				requireArgs(args, 5);
				System.exit(new DurabilityWriter(args[1], Path.of(args[2]), Integer.parseInt(args[3]),
						Integer.parseInt(args[4])).run());
			}
			case "durability-verify" -> {
				requireArgs(args, 3);
				System.exit(new DurabilityVerifier(args[1], Path.of(args[2])).run());
			}
			case "load" -> {
				requireArgs(args, 4);
				System.exit(new Load(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3])).run());
			}
			default -> usage();
		}
	}

	private static void requireArgs(String[] args, int count) {
		if (args.length != count) {
			usage();
		}
	}

	private static void usage() {
		System.err.println("usage: JournalDriver durability-write BASE_URL STATE_FILE CLIENTS MAX_SECONDS\n"
				+ "       JournalDriver durability-verify BASE_URL STATE_FILE\n"
				+ "       JournalDriver load BASE_URL CONNECTIONS SECONDS");
		System.exit(2);
	}

	// ---------------------------------------------------------------------------------------------
	// Durability: write, get killed, verify

	/** One check-in write: its day, its place in the client's sequence for that day, what it said. */
	record CheckInWrite(int client, LocalDate day, int seq, int mood, int urge, String note, boolean acked) {
	}

	/** One reflection entry added to the growth list. */
	record EntryWrite(int client, String body, boolean acked) {
	}

	record ClientAccount(int client, String email, long journeyId) {
	}

	static final class DurabilityWriter {

		private final String base;

		private final Path state;

		private final int clients;

		private final int maxSeconds;

		private final List<ClientAccount> accounts = Collections.synchronizedList(new ArrayList<>());

		private final List<CheckInWrite> checkIns = Collections.synchronizedList(new ArrayList<>());

		private final List<EntryWrite> entries = Collections.synchronizedList(new ArrayList<>());

		private final AtomicLong acked = new AtomicLong();

		DurabilityWriter(String base, Path state, int clients, int maxSeconds) {
			this.base = base;
			this.state = state;
			this.clients = clients;
			this.maxSeconds = maxSeconds;
		}

		int run() throws Exception {
			String run = Long.toString(System.currentTimeMillis(), 36);
			ExecutorService pool = Executors.newFixedThreadPool(this.clients);
			List<Session> sessions = new ArrayList<>();
			List<Future<Session>> setUp = new ArrayList<>();
			for (int c = 0; c < this.clients; c++) {
				int client = c;
				setUp.add(pool.submit(() -> Session.newPerson(this.base, "durability-" + run + "-" + client + "@example.org")));
			}
			for (Future<Session> session : setUp) {
				sessions.add(session.get());
			}
			for (int c = 0; c < this.clients; c++) {
				this.accounts.add(new ClientAccount(c, sessions.get(c).email, sessions.get(c).journeyId));
			}
			// The wrapper reads the count of acknowledged writes from this file and kills the app while the
			// clients below are writing.
			Path progress = Path.of(this.state + ".acked");
			Thread reporter = new Thread(() -> {
				try {
					while (!Thread.currentThread().isInterrupted()) {
						Files.writeString(progress.resolveSibling(progress.getFileName() + ".tmp"), this.acked.get() + "\n");
						Files.move(progress.resolveSibling(progress.getFileName() + ".tmp"), progress,
								java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
						Thread.sleep(100);
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				catch (IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			});
			reporter.setDaemon(true);
			reporter.start();
			System.out.println("durability: " + this.clients + " clients signed up; writing until the app goes away");
			long deadline = System.nanoTime() + Duration.ofSeconds(this.maxSeconds).toNanos();
			List<Future<String>> writers = new ArrayList<>();
			for (int c = 0; c < this.clients; c++) {
				Session session = sessions.get(c);
				int client = c;
				writers.add(pool.submit(() -> write(client, session, deadline)));
			}
			for (Future<String> writer : writers) {
				System.out.println("durability: " + writer.get());
			}
			reporter.interrupt();
			pool.shutdown();
			save();
			return 0;
		}

		/** Writes one thing after another until the connection fails (the kill) or time is up. */
		private String write(int client, Session session, long deadline) {
			Map<LocalDate, Integer> seqByDay = new HashMap<>();
			int acked = 0;
			for (int i = 0; System.nanoTime() < deadline; i++) {
				String unique = "c" + client + " #" + i + " — café, 日記 ✓ <b>&amp;</b> \"quoted\"";
				if (i % 3 == 2) {
					String body = "Growth " + unique;
					try {
						boolean ok = session.addGrowthEntry(body);
						requireAck(ok, session, "reflection entry");
						this.entries.add(new EntryWrite(client, body, true));
					}
					catch (InFlight ex) {
						// Sent, and no answer came back: the write may or may not have landed.
						this.entries.add(new EntryWrite(client, body, false));
						return "client " + client + ": " + acked + " writes acknowledged, then " + ex.getMessage();
					}
				}
				else {
					// Today's check-in again and again, and the late days in turn: updates and inserts.
					LocalDate day = (i % 3 == 0) ? session.today : session.today.minusDays(1 + (i / 3) % LATE_DAYS);
					int seq = seqByDay.merge(day, 1, Integer::sum);
					int mood = 1 + (i % 5);
					int urge = i % 11;
					String note = "Check-in " + day + " save " + seq + " " + unique;
					try {
						boolean ok = session.checkIn(day, mood, urge, note);
						requireAck(ok, session, "check-in");
						this.checkIns.add(new CheckInWrite(client, day, seq, mood, urge, note, true));
					}
					catch (InFlight ex) {
						this.checkIns.add(new CheckInWrite(client, day, seq, mood, urge, note, false));
						return "client " + client + ": " + acked + " writes acknowledged, then " + ex.getMessage();
					}
				}
				acked++;
				this.acked.incrementAndGet();
			}
			return "client " + client + ": " + acked + " writes acknowledged, stopped at the time limit";
		}

		private void requireAck(boolean ok, Session session, String what) {
			if (!ok) {
				throw new IllegalStateException("the app refused a " + what + " from " + session.email + ": "
						+ session.lastStatus + " " + session.lastLocation);
			}
		}

		private void save() throws IOException {
			List<String> lines = new ArrayList<>();
			for (ClientAccount account : this.accounts) {
				lines.add(String.join("\t", "client", Integer.toString(account.client()), account.email(),
						Long.toString(account.journeyId())));
			}
			for (CheckInWrite write : this.checkIns) {
				lines.add(String.join("\t", "checkin", Integer.toString(write.client()), write.day().toString(),
						Integer.toString(write.seq()), Integer.toString(write.mood()), Integer.toString(write.urge()),
						write.acked() ? "acked" : "inflight", write.note()));
			}
			for (EntryWrite write : this.entries) {
				lines.add(String.join("\t", "entry", Integer.toString(write.client()), write.acked() ? "acked" : "inflight",
						write.body()));
			}
			Files.write(this.state, lines, StandardCharsets.UTF_8);
		}

	}

	/** A request that went out without an answer. */
	static final class InFlight extends RuntimeException {

		private static final long serialVersionUID = 1L;

		final String kind;

		InFlight(String kind, IOException cause) {
			super(kind + " in flight: " + cause, cause);
			this.kind = kind;
		}

	}

	static final class DurabilityVerifier {

		private final String base;

		private final Path state;

		private int passed;

		private int failed;

		DurabilityVerifier(String base, Path state) {
			this.base = base;
			this.state = state;
		}

		int run() throws Exception {
			Map<Integer, ClientAccount> accounts = new TreeMap<>();
			Map<Integer, Map<LocalDate, List<CheckInWrite>>> checkIns = new TreeMap<>();
			Map<Integer, List<EntryWrite>> entries = new TreeMap<>();
			for (String line : Files.readAllLines(this.state, StandardCharsets.UTF_8)) {
				String[] f = line.split("\t", -1);
				int client = Integer.parseInt(f[1]);
				switch (f[0]) {
					case "client" -> accounts.put(client, new ClientAccount(client, f[2], Long.parseLong(f[3])));
					case "checkin" -> checkIns.computeIfAbsent(client, (k) -> new TreeMap<>())
						.computeIfAbsent(LocalDate.parse(f[2]), (k) -> new ArrayList<>())
						.add(new CheckInWrite(client, LocalDate.parse(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4]),
								Integer.parseInt(f[5]), f[7], f[6].equals("acked")));
					case "entry" -> entries.computeIfAbsent(client, (k) -> new ArrayList<>())
						.add(new EntryWrite(client, f[3], f[2].equals("acked")));
					default -> throw new IllegalStateException("unknown line in " + this.state + ": " + f[0]);
				}
			}
			int acknowledged = 0;
			int intact = 0;
			int inFlight = 0;
			int inFlightFound = 0;
			for (ClientAccount account : accounts.values()) {
				Session session = Session.signIn(this.base, account.email());
				Map<String, Object> export = session.exportJson();
				Map<LocalDate, Map<String, Object>> stored = new HashMap<>();
				for (Object o : list(export.get("checkIns"))) {
					Map<String, Object> checkIn = map(o);
					stored.put(LocalDate.parse((String) checkIn.get("day")), checkIn);
				}
				for (Map.Entry<LocalDate, List<CheckInWrite>> day : checkIns.getOrDefault(account.client(), Map.of()).entrySet()) {
					Map<String, Object> found = stored.remove(day.getKey());
					CheckInWrite foundWrite = null;
					if (found != null) {
						for (CheckInWrite write : day.getValue()) {
							if (write.note().equals(found.get("note")) && num(found.get("mood")) == write.mood()
									&& num(found.get("urge")) == write.urge()) {
								foundWrite = write;
							}
						}
					}
					CheckInWrite matched = foundWrite;
					if (found != null && matched == null && day.getValue().stream().noneMatch(CheckInWrite::acked)) {
						// Only an unanswered save for this day: what is there must still be that save, whole.
						check(false, () -> "client " + account.client() + " check-in " + day.getKey()
								+ " holds something never sent: " + found);
					}
					for (CheckInWrite write : day.getValue()) {
						if (!write.acked()) {
							inFlight++;
							if (matched == write) {
								inFlightFound++;
							}
							continue;
						}
						acknowledged++;
						// Saved, or overwritten by a later save of the same client (acknowledged or in flight).
						boolean ok = matched != null && matched.seq() >= write.seq();
						intact += ok ? 1 : 0;
						check(ok, () -> "client " + account.client() + " check-in " + write.day() + " save " + write.seq()
								+ ": expected it or a later save, found "
								+ ((found == null) ? "no check-in" : (matched == null) ? "something never sent: " + found
										: "save " + matched.seq()));
					}
				}
				check(stored.isEmpty(), () -> "client " + account.client() + ": check-ins never sent: " + stored.keySet());
				List<String> bodies = new ArrayList<>();
				for (Object journey : list(export.get("journeys"))) {
					for (Object entry : list(map(map(journey).get("reflection")).get("growth"))) {
						bodies.add((String) map(entry).get("body"));
					}
				}
				for (EntryWrite write : entries.getOrDefault(account.client(), List.of())) {
					int copies = Collections.frequency(bodies, write.body());
					bodies.removeIf(write.body()::equals);
					if (!write.acked()) {
						inFlight++;
						inFlightFound += (copies > 0) ? 1 : 0;
						check(copies <= 1, () -> "client " + account.client() + ": entry in flight stored " + copies + " times");
						continue;
					}
					acknowledged++;
					intact += (copies == 1) ? 1 : 0;
					check(copies == 1, () -> "client " + account.client() + ": entry \"" + write.body() + "\" found "
							+ copies + " times, expected once");
				}
				check(bodies.isEmpty(), () -> "client " + account.client() + ": entries never sent: " + bodies);
			}
			System.out.println("durability: " + accounts.size() + " accounts signed in again after the kill");
			System.out.println("durability: writes acknowledged before the kill: " + acknowledged + ", found intact after restart: "
					+ intact + "; in flight at the kill: " + inFlight
					+ " (" + inFlightFound + " landed)");
			if (acknowledged == 0) {
				check(false, () -> "no write was acknowledged before the kill, so nothing was proved");
			}
			System.out.println(this.passed + " passed, " + this.failed + " failed");
			return (this.failed == 0) ? 0 : 1;
		}

		private void check(boolean ok, java.util.function.Supplier<String> failure) {
			if (ok) {
				this.passed++;
			}
			else {
				this.failed++;
				System.out.println("FAILED: " + failure.get());
			}
		}

	}

	// ---------------------------------------------------------------------------------------------
	// Load: many connections, mixed pages, then the data must equal what the clients were told

	static final class Load {

		private final String base;

		private final int connections;

		private final int seconds;

		private final ConcurrentHashMap<String, AtomicLong> statuses = new ConcurrentHashMap<>();

		private final AtomicLong requests = new AtomicLong();

		private final AtomicLong serverErrors = new AtomicLong();

		private final AtomicLong socketErrors = new AtomicLong();

		private final AtomicLong unexpected = new AtomicLong();

		private final List<Long> latenciesMicros = Collections.synchronizedList(new ArrayList<>());

		Load(String base, int connections, int seconds) {
			this.base = base;
			this.connections = connections;
			this.seconds = seconds;
		}

		int run() throws Exception {
			String run = Long.toString(System.currentTimeMillis(), 36);
			ExecutorService setUpPool = Executors.newFixedThreadPool(8);
			List<Future<Session>> setUp = new ArrayList<>();
			for (int c = 0; c < this.connections; c++) {
				int client = c;
				setUp.add(setUpPool.submit(() -> Session.newPerson(this.base, "load-" + run + "-" + client + "@example.org")));
			}
			List<Session> sessions = new ArrayList<>();
			for (Future<Session> session : setUp) {
				sessions.add(session.get());
			}
			setUpPool.shutdown();
			System.out.println("load: " + this.connections + " accounts signed up, each with a journey and a connection of its own");

			ExecutorService pool = Executors.newFixedThreadPool(this.connections);
			List<Future<Map<LocalDate, CheckInWrite>>> workers = new ArrayList<>();
			long start = System.nanoTime();
			long deadline = start + Duration.ofSeconds(this.seconds).toNanos();
			for (int c = 0; c < this.connections; c++) {
				Session session = sessions.get(c);
				int client = c;
				workers.add(pool.submit(() -> work(client, session, deadline)));
			}
			List<Map<LocalDate, CheckInWrite>> told = new ArrayList<>();
			for (Future<Map<LocalDate, CheckInWrite>> worker : workers) {
				told.add(worker.get());
			}
			double elapsed = (System.nanoTime() - start) / 1e9;
			pool.shutdown();

			List<Long> sorted = new ArrayList<>(this.latenciesMicros);
			Collections.sort(sorted);
			System.out.printf("load: %d requests in %.1f s over %d connections: %.1f requests/s%n", this.requests.get(),
					elapsed, this.connections, this.requests.get() / elapsed);
			System.out.println("load: statuses " + new TreeMap<>(this.statuses));
			if (!sorted.isEmpty()) {
				System.out.printf("load: latency p50 %d ms, p95 %d ms, p99 %d ms, max %d ms%n", percentile(sorted, 50),
						percentile(sorted, 95), percentile(sorted, 99), sorted.get(sorted.size() - 1) / 1000);
			}
			System.out.println("load: 5xx " + this.serverErrors.get() + ", socket errors " + this.socketErrors.get()
					+ ", other unexpected answers " + this.unexpected.get());

			// What each client was told was saved must be what the app holds now, day by day.
			int passed = 0;
			int failed = 0;
			int compared = 0;
			for (int c = 0; c < this.connections; c++) {
				Session session = sessions.get(c);
				Map<LocalDate, CheckInWrite> expected = told.get(c);
				Map<LocalDate, Map<String, Object>> stored = new HashMap<>();
				for (Object o : list(session.exportJson().get("checkIns"))) {
					Map<String, Object> checkIn = map(o);
					stored.put(LocalDate.parse((String) checkIn.get("day")), checkIn);
				}
				for (CheckInWrite write : expected.values()) {
					compared++;
					Map<String, Object> found = stored.remove(write.day());
					boolean same = found != null && write.note().equals(found.get("note"))
							&& num(found.get("mood")) == write.mood() && num(found.get("urge")) == write.urge();
					if (same) {
						passed++;
					}
					else {
						failed++;
						System.out.println("FAILED: client " + c + " check-in " + write.day() + ": told it saved \""
								+ write.note() + "\", the app holds " + found);
					}
				}
				if (stored.isEmpty()) {
					passed++;
				}
				else {
					failed++;
					System.out.println("FAILED: client " + c + ": check-ins nobody was told about: " + stored.keySet());
				}
			}
			System.out.println("load: " + compared + " check-ins compared with what the clients were told");
			boolean requestsClean = this.serverErrors.get() == 0 && this.socketErrors.get() == 0 && this.unexpected.get() == 0;
			if (requestsClean) {
				passed++;
			}
			else {
				failed++;
				System.out.println("FAILED: requests that did not get the expected answer (see above)");
			}
			System.out.println(passed + " passed, " + failed + " failed");
			return (failed == 0) ? 0 : 1;
		}

		private static long percentile(List<Long> sorted, int p) {
			int index = (int) Math.min(sorted.size() - 1, Math.round(sorted.size() * p / 100.0));
			return sorted.get(index) / 1000;
		}

		/** Dashboard, check-in POSTs, history and summary in a random mix, until the deadline. */
		private Map<LocalDate, CheckInWrite> work(int client, Session session, long deadline) {
			Random random = new Random(client);
			Map<LocalDate, CheckInWrite> lastSaved = new TreeMap<>();
			for (int i = 0; System.nanoTime() < deadline; i++) {
				int pick = random.nextInt(10);
				long started = System.nanoTime();
				String key;
				try {
					if (pick < 3) {
						key = "GET /dashboard " + session.get("/dashboard");
					}
					else if (pick < 6) {
						LocalDate day = session.today.minusDays(random.nextInt(4));
						int mood = 1 + random.nextInt(5);
						int urge = random.nextInt(11);
						String note = "Load " + client + " #" + i + " on " + day + " — ça va ✓";
						boolean ok = session.checkIn(day, mood, urge, note);
						key = "POST /checkin " + session.lastStatus;
						if (ok) {
							lastSaved.put(day, new CheckInWrite(client, day, i, mood, urge, note, true));
						}
						else {
							this.unexpected.incrementAndGet();
						}
					}
					else if (pick < 8) {
						key = "GET /history " + session.get("/history");
					}
					else {
						key = "GET /summary " + session.get("/summary");
					}
				}
				catch (InFlight ex) {
					this.socketErrors.incrementAndGet();
					this.requests.incrementAndGet();
					this.statuses.computeIfAbsent("socket error", (k) -> new AtomicLong()).incrementAndGet();
					System.out.println("load: client " + client + ": " + ex.getMessage());
					continue;
				}
				this.latenciesMicros.add((System.nanoTime() - started) / 1000);
				this.requests.incrementAndGet();
				this.statuses.computeIfAbsent(key, (k) -> new AtomicLong()).incrementAndGet();
				int status = session.lastStatus;
				if (status >= 500) {
					this.serverErrors.incrementAndGet();
				}
				else if (key.startsWith("GET") && status != 200) {
					this.unexpected.incrementAndGet();
				}
			}
			return lastSaved;
		}

	}

	// ---------------------------------------------------------------------------------------------
	// One person in a browser: a cookie jar (the session cookie, and before sign-in the CSRF token's), a CSRF token, one connection

	static final class Session {

		private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

		/** Today's progress line links to the journey's own page. */
		private static final Pattern JOURNEY_LINK = Pattern.compile("<p class=\"progress-line\">\\s*<a href=\"/journeys/(\\d+)\"");

		/** A cookie's name and value; a visitor holds the CSRF token's cookie before the session cookie. */
		private static final Pattern COOKIE = Pattern.compile("^([^=;]+)=([^;]*)");

		private final HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();

		private final String base;

		final String email;

		private final java.util.Map<String, String> cookies = new java.util.LinkedHashMap<>();

		private String csrf;

		LocalDate today;

		long journeyId;

		int lastStatus;

		String lastLocation;

		private String lastBody = "";

		private Session(String base, String email) {
			this.base = base;
			this.email = email;
		}

		/** Signs up (the app signs the new account in and shows its recovery codes once), starts a journey and learns today's date. */
		static Session newPerson(String base, String email) {
			Session session = new Session(base, email);
			session.get("/signup");
			session.csrf = session.csrfFrom(session.lastBody);
			if (!session.post("/signup", form("email", email, "password", PASSWORD, "passwordConfirmation", PASSWORD,
					"timeZone", "UTC"), "/account/recovery-codes")) {
				throw new IllegalStateException("sign-up of " + email + " was refused (" + session.lastStatus
						+ "); is rekindle.security.signup.max-per-client raised for this run?");
			}
			session.learnToday();
			LocalDate started = session.today.minusDays(LATE_DAYS + 2);
			if (!session.post("/journeys", form("nickname", "Sam", "breakupDate", started.toString(), "lastContactDate",
					started.toString(), "noContactDays", "30"), "/dashboard")) {
				throw new IllegalStateException("starting a journey for " + email + " was refused (" + session.lastStatus + ")");
			}
			session.learnJourney();
			return session;
		}

		static Session signIn(String base, String email) {
			Session session = new Session(base, email);
			session.get("/login");
			session.csrf = session.csrfFrom(session.lastBody);
			if (!session.post("/login", form("email", email, "password", PASSWORD), "/dashboard")) {
				throw new IllegalStateException("log-in of " + email + " failed: " + session.lastStatus + " " + session.lastLocation);
			}
			session.learnToday();
			session.learnJourney();
			return session;
		}

		private void learnToday() {
			get("/checkin");
			Matcher day = Pattern.compile("/checkin/(\\d{4}-\\d{2}-\\d{2})$").matcher(String.valueOf(this.lastLocation));
			if (this.lastStatus != 302 || !day.find()) {
				throw new IllegalStateException("/checkin did not lead to today's check-in: " + this.lastStatus + " " + this.lastLocation);
			}
			this.today = LocalDate.parse(day.group(1));
			// A new session id at sign-in comes with a new CSRF token; take it from a page with a form.
			get("/checkin/" + this.today);
			this.csrf = csrfFrom(this.lastBody);
		}

		private void learnJourney() {
			get("/dashboard");
			Matcher link = JOURNEY_LINK.matcher(this.lastBody);
			if (this.lastStatus != 200 || !link.find()) {
				throw new IllegalStateException("the dashboard of " + this.email + " shows no journey");
			}
			this.journeyId = Long.parseLong(link.group(1));
		}

		/** A check-in with a strong urge (7 or more, the default) lands on its answer, the pause first. */
		boolean checkIn(LocalDate day, int mood, int urge, String note) {
			return post("/checkin/" + day, form("mood", Integer.toString(mood), "urge", Integer.toString(urge), "contact",
					"NONE", "note", note), (urge >= 7) ? "/checkin/" + day + "/saved" : "/dashboard");
		}

		boolean addGrowthEntry(String body) {
			String list = "/journeys/" + this.journeyId + "/reflection/growth";
			return post(list, form("body", body), list);
		}

		Map<String, Object> exportJson() {
			get("/account/export.json");
			if (this.lastStatus != 200) {
				throw new IllegalStateException("export of " + this.email + " answered " + this.lastStatus);
			}
			return map(new Json(this.lastBody).value());
		}

		/** GETs a page and returns its status. */
		int get(String path) {
			send(HttpRequest.newBuilder(URI.create(this.base + path)).GET(), "GET " + path);
			return this.lastStatus;
		}

		/** POSTs a form; true when the app answered with a redirect to {@code expectedPath}. */
		boolean post(String path, Map<String, String> fields, String expectedPath) {
			Map<String, String> withToken = new LinkedHashMap<>(fields);
			withToken.put("_csrf", this.csrf);
			StringBuilder body = new StringBuilder();
			for (Map.Entry<String, String> field : withToken.entrySet()) {
				if (body.length() > 0) {
					body.append('&');
				}
				body.append(URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8))
					.append('=')
					.append(URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8));
			}
			send(HttpRequest.newBuilder(URI.create(this.base + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body.toString())), "POST " + path);
			if (this.lastStatus != 302 && this.lastStatus != 303 || this.lastLocation == null) {
				return false;
			}
			URI target = URI.create(this.base + path).resolve(this.lastLocation);
			return expectedPath.equals(target.getPath()) && target.getQuery() == null;
		}

		private void send(HttpRequest.Builder request, String what) {
			request.timeout(Duration.ofSeconds(60)).header("Accept", "text/html,application/json");
			if (!this.cookies.isEmpty()) {
				StringJoiner header = new StringJoiner("; ");
				this.cookies.forEach((name, value) -> header.add(name + "=" + value));
				request.header("Cookie", header.toString());
			}
			HttpResponse<String> response;
			try {
				response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new InFlight(what, ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			for (String setCookie : response.headers().allValues("Set-Cookie")) {
				Matcher cookie = COOKIE.matcher(setCookie);
				if (cookie.find()) {
					boolean expired = cookie.group(2).isEmpty() || setCookie.toLowerCase(java.util.Locale.ROOT).contains("max-age=0");
					if (expired) {
						this.cookies.remove(cookie.group(1));
					}
					else {
						this.cookies.put(cookie.group(1), cookie.group(2));
					}
				}
			}
			this.lastStatus = response.statusCode();
			this.lastLocation = response.headers().firstValue("Location").orElse(null);
			this.lastBody = response.body();
		}

		private String csrfFrom(String html) {
			Matcher token = CSRF.matcher(html);
			if (!token.find()) {
				throw new IllegalStateException("no CSRF token on the page for " + this.email + " (" + this.lastStatus + ")");
			}
			return token.group(1);
		}

		private static Map<String, String> form(String... pairs) {
			Map<String, String> fields = new LinkedHashMap<>();
			for (int i = 0; i < pairs.length; i += 2) {
				fields.put(pairs[i], pairs[i + 1]);
			}
			return fields;
		}

	}

	// ---------------------------------------------------------------------------------------------
	// A small JSON reader for the export (objects, arrays, strings, numbers, true, false, null)

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	static List<Object> list(Object value) {
		return (value == null) ? List.of() : (List<Object>) value;
	}

	static int num(Object value) {
		return (value instanceof Number number) ? number.intValue() : Integer.MIN_VALUE;
	}

	static final class Json {

		private final String text;

		private int at;

		Json(String text) {
			this.text = text;
		}

		Object value() {
			skipSpace();
			char c = this.text.charAt(this.at);
			switch (c) {
				case '{': {
					Map<String, Object> object = new LinkedHashMap<>();
					this.at++;
					skipSpace();
					if (peek() == '}') {
						this.at++;
						return object;
					}
					while (true) {
						skipSpace();
						String key = string();
						skipSpace();
						expect(':');
						object.put(key, value());
						skipSpace();
						if (peek() == ',') {
							this.at++;
							continue;
						}
						expect('}');
						return object;
					}
				}
				case '[': {
					List<Object> array = new ArrayList<>();
					this.at++;
					skipSpace();
					if (peek() == ']') {
						this.at++;
						return array;
					}
					while (true) {
						array.add(value());
						skipSpace();
						if (peek() == ',') {
							this.at++;
							continue;
						}
						expect(']');
						return array;
					}
				}
				case '"':
					return string();
				case 't':
					return literal("true", Boolean.TRUE);
				case 'f':
					return literal("false", Boolean.FALSE);
				case 'n':
					return literal("null", null);
				default:
					return number();
			}
		}

		private String string() {
			expect('"');
			StringBuilder out = new StringBuilder();
			while (true) {
				char c = this.text.charAt(this.at++);
				if (c == '"') {
					return out.toString();
				}
				if (c != '\\') {
					out.append(c);
					continue;
				}
				char e = this.text.charAt(this.at++);
				switch (e) {
					case 'b' -> out.append('\b');
					case 'f' -> out.append('\f');
					case 'n' -> out.append('\n');
					case 'r' -> out.append('\r');
					case 't' -> out.append('\t');
					case 'u' -> {
						out.append((char) Integer.parseInt(this.text.substring(this.at, this.at + 4), 16));
						this.at += 4;
					}
					default -> out.append(e);
				}
			}
		}

		private Object number() {
			int start = this.at;
			while (this.at < this.text.length() && "+-0123456789.eE".indexOf(this.text.charAt(this.at)) >= 0) {
				this.at++;
			}
			String n = this.text.substring(start, this.at);
			if (n.isEmpty()) {
				throw new IllegalStateException("unexpected '" + this.text.charAt(start) + "' at " + start + " in the export");
			}
			return (n.contains(".") || n.contains("e") || n.contains("E")) ? (Object) Double.parseDouble(n) : (Object) Long.parseLong(n);
		}

		private Object literal(String word, Object value) {
			if (!this.text.startsWith(word, this.at)) {
				throw new IllegalStateException("bad literal at " + this.at + " in the export");
			}
			this.at += word.length();
			return value;
		}

		private char peek() {
			return this.text.charAt(this.at);
		}

		private void expect(char c) {
			if (this.text.charAt(this.at) != c) {
				throw new IllegalStateException("expected '" + c + "' at " + this.at + " in the export");
			}
			this.at++;
		}

		private void skipSpace() {
			while (this.at < this.text.length() && Character.isWhitespace(this.text.charAt(this.at))) {
				this.at++;
			}
		}

	}

}
