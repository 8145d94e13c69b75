#!/usr/bin/env bash
# The Rekindle benchmark (bench/README.md): build the application and the seeder, seed, start with the
# production JVM options, sign in benchmark users, warm up, measure each page with wrk, print one table.
#
#   bench/run.sh                                   # H2, 1,000 accounts x 365 days (the targets' run)
#   bench/run.sh --db postgres --accounts 10000    # PostgreSQL scale run
#
# Options: --db h2|postgres  --accounts N  --days D  --seed-number S  --users K (signed in, requests rotate
# over them)  --warmup SECONDS  --duration SECONDS  --connections C  --port P  --management-port P
# --reseed (seed again even if this data set exists)  --seed-only (stop once the data set is seeded)
# --skip-build (reuse target/)  --profile (record a JFR profile of the whole run into
# bench/work/.../profile.jfr; not for the figures you publish)  --pages "dashboard summary" (measure only these,
# while working on them; the published table measures all: static dashboard checkin history summary pdf)
# PostgreSQL: --pg-host --pg-port --pg-db --pg-user --pg-password (defaults 127.0.0.1 5432 rekindle_bench
# postgres, no password); the data set lives in its own schema, bench_<accounts>x<days>.
set -euo pipefail

# The JVM options docs/OPERATIONS.md ("Running in production") recommends, with MALLOC_ARENA_MAX=2 as it says.
# Keep the two the same.
PRODUCTION_JVM_OPTIONS="-Xms64m -Xmx192m -Xss512k -XX:+UseSerialGC -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=32m -XX:+ExitOnOutOfMemoryError"
# Only for trying other options; a published table uses the ones above.
PRODUCTION_JVM_OPTIONS=${BENCH_JVM_OPTIONS:-$PRODUCTION_JVM_OPTIONS}

DB=h2
ACCOUNTS=1000
DAYS=365
SEED_NUMBER=42
USERS=100
WARMUP=60
DURATION=20
CONNECTIONS=16
PORT=28080
MANAGEMENT_PORT=28081
RESEED=false
SEED_ONLY=false
BUILD=true
PROFILE=false
PAGES="static dashboard checkin history summary pdf"
PG_HOST=127.0.0.1
PG_PORT=5432
PG_DB=rekindle_bench
PG_USER=postgres
PG_PASSWORD=
PASSWORD=rekindle-bench-password

while [ $# -gt 0 ]; do
  case "$1" in
    --db) DB=$2; shift ;;
    --accounts) ACCOUNTS=$2; shift ;;
    --days) DAYS=$2; shift ;;
    --seed-number) SEED_NUMBER=$2; shift ;;
    --users) USERS=$2; shift ;;
    --warmup) WARMUP=$2; shift ;;
    --duration) DURATION=$2; shift ;;
    --connections) CONNECTIONS=$2; shift ;;
    --port) PORT=$2; shift ;;
    --management-port) MANAGEMENT_PORT=$2; shift ;;
    --reseed) RESEED=true ;;
    --seed-only) SEED_ONLY=true ;;
    --skip-build) BUILD=false ;;
    --profile) PROFILE=true ;;
    --pages) PAGES=$2; shift ;;
    --pg-host) PG_HOST=$2; shift ;;
    --pg-port) PG_PORT=$2; shift ;;
    --pg-db) PG_DB=$2; shift ;;
    --pg-user) PG_USER=$2; shift ;;
    --pg-password) PG_PASSWORD=$2; shift ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "Unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
case "$DB" in h2|postgres) ;; *) echo "--db must be h2 or postgres" >&2; exit 2 ;; esac
if [ "$USERS" -gt "$ACCOUNTS" ]; then USERS=$ACCOUNTS; fi

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH=$ROOT/bench
NAME=$DB-${ACCOUNTS}x${DAYS}-s$SEED_NUMBER
WORK=$BENCH/work/$NAME
mkdir -p "$WORK"
BASE=http://127.0.0.1:$PORT
say() { printf '[bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

if ! $SEED_ONLY && ! command -v wrk >/dev/null; then
  say "Installing wrk (Debian package)"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq wrk
fi
for tool in java curl; do command -v $tool >/dev/null || { echo "$tool is needed" >&2; exit 1; }; done

if $BUILD; then
  # The production jar, and with -Pbench the seeder (src/bench) compiled on its own into target/seeder.
  say "Building the jar and the seeder"
  (cd "$ROOT" && ./mvnw -B -q -Pbench clean package -DskipTests)
fi
JAR=$(ls "$ROOT"/target/rekindle-*.jar | grep -v original | head -1)
SEEDER=$ROOT/target/seeder
[ -d "$SEEDER/app/rekindle/seed" ] || { echo "No seeder in $SEEDER: run without --skip-build" >&2; exit 1; }
COMMIT=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
DIRTY=$(git -C "$ROOT" status --porcelain 2>/dev/null | grep -qv '^??' && echo "+changes" || true)

# One journal text key per data set, given as production gives it (REKINDLE_CRYPTO_KEYS).
if [ ! -s "$WORK/crypto-key" ]; then
  echo "bench:$(head -c 32 /dev/urandom | base64)" > "$WORK/crypto-key"
fi
export REKINDLE_CRYPTO_KEYS
REKINDLE_CRYPTO_KEYS=$(cat "$WORK/crypto-key")

COMMON_ARGS=(--server.port="$PORT" --server.address=127.0.0.1 --management.server.port="$MANAGEMENT_PORT")
APP_ARGS=("${COMMON_ARGS[@]}")
SEED_ARGS=("${COMMON_ARGS[@]}")
SEED_PROFILES=seed
if [ "$DB" = h2 ]; then
  # The production URL's options (application.properties), only with the data set's own file.
  H2_OPTIONS=$(sed -n 's/^spring\.datasource\.url=jdbc:h2:file:[^;]*//p' "$ROOT/src/main/resources/application.properties")
  [ -n "$H2_OPTIONS" ] || { echo "No H2 URL in src/main/resources/application.properties" >&2; exit 1; }
  H2_URL="jdbc:h2:file:$WORK/data/rekindle$H2_OPTIONS"
  APP_ARGS+=(--spring.datasource.url="$H2_URL")
  SEED_ARGS+=(--spring.datasource.url="$H2_URL")
  reset_data() { rm -rf "$WORK/data"; }
else
  command -v psql >/dev/null || { echo "psql is needed for --db postgres" >&2; exit 1; }
  SCHEMA=bench_${ACCOUNTS}x${DAYS}_s$SEED_NUMBER
  export PGPASSWORD=$PG_PASSWORD
  PSQL=(psql -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER")
  if ! "${PSQL[@]}" -d postgres -tAc "select 1 from pg_database where datname = '$PG_DB'" | grep -q 1; then
    "${PSQL[@]}" -d postgres -c "create database $PG_DB"
  fi
  PG_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$PG_DB?currentSchema=$SCHEMA"
  export REKINDLE_DB_USER=$PG_USER REKINDLE_DB_PASSWORD=$PG_PASSWORD
  APP_ARGS+=(--spring.profiles.active=postgres --spring.datasource.url="$PG_URL" --spring.flyway.schemas="$SCHEMA")
  SEED_PROFILES=postgres,seed
  # Batched inserts become multi-row inserts: the seeding of 10,000 accounts takes minutes, not an hour.
  SEED_ARGS+=(--spring.datasource.url="$PG_URL&reWriteBatchedInserts=true" --spring.flyway.schemas="$SCHEMA")
  reset_data() { "${PSQL[@]}" -d "$PG_DB" -c "drop schema if exists $SCHEMA cascade"; }
fi

# docs/OPERATIONS.md "Running in production": the jar extracted (kept in bench/work/<data set>/app/ until the jar
# changes), then a class-data archive made by one training start that stops once the application context is ready.
APP_DIR=$WORK/app
APP_JAR=$APP_DIR/$(basename "$JAR")
JAR_SUM=$(sha256sum "$JAR" | cut -c1-16)
if [ ! -f "$APP_DIR/$JAR_SUM" ]; then
  say "Extracting the jar"
  rm -rf "$APP_DIR"
  java -Djarmode=tools -jar "$JAR" extract --destination "$APP_DIR" > "$WORK/extract.log" 2>&1 \
    || { cat "$WORK/extract.log" >&2; exit 1; }
  touch "$APP_DIR/$JAR_SUM"
fi

SEED_SECONDS="(reused)"
if $RESEED || [ ! -f "$WORK/seeded" ]; then
  reset_data
  rm -f "$WORK/seeded"
  say "Seeding $ACCOUNTS accounts x $DAYS days ($DB, seed $SEED_NUMBER)"
  started=$(date +%s.%N)
  # The application with the seeder beside it: the seed profile migrates, writes the accounts and exits.
  java -Xmx1g -cp "$APP_JAR:$SEEDER" app.rekindle.RekindleApplication "${SEED_ARGS[@]}" \
    --spring.profiles.active="$SEED_PROFILES" --rekindle.seed.accounts="$ACCOUNTS" --rekindle.seed.days="$DAYS" \
    --rekindle.seed.number="$SEED_NUMBER" --rekindle.seed.password="$PASSWORD" > "$WORK/seed.log" 2>&1 \
    || { tail -40 "$WORK/seed.log" >&2; echo "Seeding failed: $WORK/seed.log" >&2; exit 1; }
  SEED_SECONDS=$(awk "BEGIN { printf \"%.0fs\", $(date +%s.%N) - $started }")
  grep -o 'Seeded .*' "$WORK/seed.log" >&2 || true
  if [ "$DB" = postgres ]; then "${PSQL[@]}" -d "$PG_DB" -c "analyze"; fi
  touch "$WORK/seeded"
  say "Seeded in ${SEED_SECONDS} (process start to exit)"
fi
if $SEED_ONLY; then
  say "Seeded; --seed-only, so no measurement"
  exit 0
fi

APP_PID=""
cleanup() { if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; fi; }
trap cleanup EXIT

# The class-data archive belongs to this extraction (a new jar extracts afresh and drops it).
if [ ! -f "$APP_DIR/rekindle.jsa" ]; then
  say "Training the class-data archive"
  # shellcheck disable=SC2086
  (cd "$APP_DIR" && java $PRODUCTION_JVM_OPTIONS -XX:ArchiveClassesAtExit=rekindle.jsa -Dspring.context.exit=onRefresh \
    -jar "$(basename "$JAR")" "${APP_ARGS[@]}" > "$WORK/training.log" 2>&1) \
    || { rm -f "$APP_DIR/rekindle.jsa"; tail -40 "$WORK/training.log" >&2; echo "The training start failed: $WORK/training.log" >&2; exit 1; }
fi
JVM_OPTIONS="$PRODUCTION_JVM_OPTIONS -XX:SharedArchiveFile=rekindle.jsa"
if $PROFILE; then
  JVM_OPTIONS="$JVM_OPTIONS -XX:StartFlightRecording=filename=$WORK/profile.jfr,settings=profile,dumponexit=true"
fi
say "Starting the application: java $JVM_OPTIONS"
started=$(date +%s%N)
# shellcheck disable=SC2086
(cd "$APP_DIR" && MALLOC_ARENA_MAX=2 exec java $JVM_OPTIONS -jar "$(basename "$JAR")" "${APP_ARGS[@]}") > "$WORK/app.log" 2>&1 &
APP_PID=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/" || true)" = 200 ]; do
  kill -0 "$APP_PID" 2>/dev/null || { tail -40 "$WORK/app.log" >&2; echo "The application stopped" >&2; exit 1; }
  sleep 0.05
done
STARTUP_MS=$(( ($(date +%s%N) - started) / 1000000 ))
until curl -sf "http://127.0.0.1:$MANAGEMENT_PORT/actuator/health/readiness" >/dev/null; do sleep 0.2; done
rss() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$APP_PID/status"; }
RSS_READY=$(rss)
say "First 200 after ${STARTUP_MS} ms; ready; RSS ${RSS_READY} MiB"

# Sign in USERS accounts spread over the whole data set; keep each one's session, CSRF token and own "today".
SESSIONS=$WORK/sessions.txt
: > "$SESSIONS"
csrf() { sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1; }
say "Signing in $USERS benchmark users"
sign_in() { # i: signs in account n and writes its line to sessions.d/i
  local n=$(( 1 + $1 * ACCOUNTS / USERS )) jar=$WORK/sessions.d/$1.cookies token where today session
  token=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | csrf)
  where=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$jar" -b "$jar" \
    --data-urlencode "email=user$n@bench.rekindle.test" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "_csrf=$token" "$BASE/login")
  case "$where" in "302 "*/dashboard) ;; *) echo "Sign-in of user$n failed: $where" >&2; return 1 ;; esac
  today=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" "$BASE/checkin"); today=${today##*/}
  token=$(curl -s -c "$jar" -b "$jar" "$BASE/checkin/$today" | csrf)
  session=$(awk '$6 == "JOURNAL_SESSION" {print $7}' "$jar")
  [ -n "$session" ] && [ -n "$token" ] || { echo "No session or token for user$n" >&2; return 1; }
  echo "$session $token $today $(date -d "$today -364 days" +%F)" > "$WORK/sessions.d/$1"
}
rm -rf "$WORK/sessions.d"; mkdir -p "$WORK/sessions.d"
# Four at a time: each log-in checks a BCrypt hash, which takes a core for a moment.
# Wait on the sign-ins by id: a bare "wait" would wait for the application too.
batch=()
for i in $(seq 0 $((USERS - 1))); do
  sign_in "$i" &
  batch+=($!)
  if [ ${#batch[@]} -eq 4 ] || [ "$i" -eq $((USERS - 1)) ]; then
    for pid in "${batch[@]}"; do wait "$pid" || true; done
    batch=()
  fi
done
for i in $(seq 0 $((USERS - 1))); do
  [ -s "$WORK/sessions.d/$i" ] || { echo "Signing in benchmark user $i failed" >&2; exit 1; }
  cat "$WORK/sessions.d/$i" >> "$SESSIONS"
done
rm -rf "$WORK/sessions.d"

# CPU time the app's process has used (every thread: requests, GC, JIT), in clock ticks.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$APP_PID/stat"; }
TICKS_PER_SECOND=$(getconf CLK_TCK)
measure() { # page connections seconds: wrk's RESULT line and the CPU ticks the app used meanwhile
  local threads=2 before result; [ "$2" -lt 2 ] && threads=1
  before=$(cpu_ticks)
  result=$(wrk -t"$threads" -c"$2" -d"$3"s --timeout 10s -s "$BENCH/pages.lua" "$BASE" -- "$1" "$SESSIONS" \
    | grep '^RESULT' | head -1)
  echo "$result $(( $(cpu_ticks) - before ))"
}
say "Warming up for ${WARMUP}s (every page in turn), then the PDF for 15s (one client)"
measure mix "$CONNECTIONS" "$WARMUP" > /dev/null
# The first PDF loads the PDF and SVG libraries: without this the measured PDF would be a cold start.
measure pdf 1 15 > /dev/null
RESULTS=()
for page in $PAGES; do
  case "$page" in
    pdf) say "Measuring the summary PDF: ${DURATION}s, one client"
      RESULTS+=("$(measure pdf 1 "$DURATION")") ;;
    static|dashboard|checkin|history|summary) say "Measuring $page: ${DURATION}s at $CONNECTIONS connections"
      RESULTS+=("$(measure "$page" "$CONNECTIONS" "$DURATION")") ;;
    *) echo "Unknown page $page (static dashboard checkin history summary pdf)" >&2; exit 2 ;;
  esac
done
RSS_AFTER=$(rss)
grep -c ' ERROR ' "$WORK/app.log" > "$WORK/errors-in-log" || true

label() {
  case "$1" in
    static) echo "static file /favicon.svg (floor)" ;;
    dashboard) echo "dashboard" ;;
    checkin) echo "today's check-in POST (302)" ;;
    history) echo "history (month + 90-day charts)" ;;
    summary) echo "summary, 365 days" ;;
    pdf) echo "summary PDF, 365 days (1 client)" ;;
  esac
}
REPORT=$WORK/result-$(date -u +%Y%m%dT%H%M%SZ).md
{
  echo "Commit $COMMIT$DIRTY, $(date -u '+%Y-%m-%d %H:%M UTC'), $DB, $ACCOUNTS accounts x $DAYS days (seed $SEED_NUMBER), $USERS signed-in users, $(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)), load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "JVM: \`$JVM_OPTIONS\`; seed ${SEED_SECONDS}; start-up to first 200: ${STARTUP_MS} ms; RSS at ready ${RSS_READY} MiB, after the load ${RSS_AFTER} MiB; ERROR lines in the log: $(cat "$WORK/errors-in-log")"
  echo
  echo "| page | connections | req/s | p50 ms | p90 ms | p99 ms | errors / requests | app CPU ms / request |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|"
  for line in "${RESULTS[@]}"; do
    read -r _ page rps p50 p90 p99 errors requests ticks <<< "$line"
    conns=$CONNECTIONS; [ "$page" = pdf ] && conns=1
    cpu=$(awk -v t="$ticks" -v r="$requests" -v hz="$TICKS_PER_SECOND" 'BEGIN { if (r > 0) printf "%.2f", 1000 * t / hz / r; else print "–" }')
    echo "| $(label "$page") | $conns | $rps | $p50 | $p90 | $p99 | $errors / $requests | $cpu |"
  done
} > "$REPORT"
echo
cat "$REPORT"
echo
say "Saved as $REPORT; add it to docs/PERFORMANCE.md with a note on the machine"
