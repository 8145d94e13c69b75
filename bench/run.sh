#!/usr/bin/env bash
# The Rekindle benchmark (bench/README.md): build the application and the seeder, seed, start with the
# production JVM options, sign in benchmark users, warm up, measure each page with wrk, print one table.
#
#   bench/run.sh                                   # H2, 1,000 accounts x 365 days (the targets' run)
#   bench/run.sh --db postgres --accounts 10000    # PostgreSQL scale run
#   bench/run.sh --baseline 92be29f                # A/B: that commit's build (A) against this one (B), same data,
#                                                  # page by page in turn, two rounds; prints both tables and B/A
#
# Options: --db h2|postgres  --accounts N  --days D  --seed-number S  --users K (signed in, requests rotate
# over them)  --warmup SECONDS  --duration SECONDS  --connections C  --port P  --management-port P
# --reseed (seed again even if this data set exists)  --seed-only (stop once the data set is seeded)
# --skip-build (reuse target/)  --profile (record a JFR profile of the whole run into
# bench/work/.../profile.jfr; not for the figures you publish)  --pages "dashboard summary" (measure only these,
# while working on them; the published table measures all: static signedin dashboard checkin history summary pdf)
# --baseline REF (A/B, bench/README.md)  --rounds N (A/B rounds, default 2)  --starts N (starts of each build after
# the load, in turn, for the start-up figure: the median of all its starts; default 3)
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
BASELINE=""
ROUNDS=2
STARTS=3
PAGES="static signedin dashboard checkin history summary pdf"
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
    --baseline) BASELINE=$2; shift ;;
    --rounds) ROUNDS=$2; shift ;;
    --starts) STARTS=$2; shift ;;
    --pg-host) PG_HOST=$2; shift ;;
    --pg-port) PG_PORT=$2; shift ;;
    --pg-db) PG_DB=$2; shift ;;
    --pg-user) PG_USER=$2; shift ;;
    --pg-password) PG_PASSWORD=$2; shift ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
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
say() { printf '[bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

if ! $SEED_ONLY && ! command -v wrk >/dev/null; then
  say "Installing wrk (Debian package)"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq wrk
fi
for tool in java curl git; do command -v $tool >/dev/null || { echo "$tool is needed" >&2; exit 1; }; done

# One journal text key per data set, given as production gives it (REKINDLE_CRYPTO_KEYS); both builds of an
# A/B run read their data with it.
if [ ! -s "$WORK/crypto-key" ]; then
  echo "bench:$(head -c 32 /dev/urandom | base64)" > "$WORK/crypto-key"
fi
export REKINDLE_CRYPTO_KEYS
REKINDLE_CRYPTO_KEYS=$(cat "$WORK/crypto-key")
if [ "$DB" = postgres ]; then
  command -v psql >/dev/null || { echo "psql is needed for --db postgres" >&2; exit 1; }
  export PGPASSWORD=$PG_PASSWORD
  PSQL=(psql -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER")
  if ! "${PSQL[@]}" -d postgres -tAc "select 1 from pg_database where datname = '$PG_DB'" | grep -q 1; then
    "${PSQL[@]}" -d postgres -c "create database $PG_DB"
  fi
  export REKINDLE_DB_USER=$PG_USER REKINDLE_DB_PASSWORD=$PG_PASSWORD
fi

# Each build measured has a label (B: this worktree; A: the --baseline commit) and, under $WORK/<label>/, its own
# extracted jar, class-data archive and data set. Per label: SRC (sources), DIR (work folder), JAR, SEEDER
# (empty when the build's seeder is inside its jar, as before src/bench existed), COMMIT, PORT, MPORT, PID.
declare -A SRC DIR JAR SEEDER COMMIT APORT MPORT PID STARTUP RSS_READY RSS_AFTER SEEDED ARGS STARTUP_CPU STARTS_MS STARTS_CPU
LABELS="B"
SRC[B]=$ROOT
DIR[B]=$WORK
APORT[B]=$PORT; MPORT[B]=$MANAGEMENT_PORT
if [ -n "$BASELINE" ]; then
  LABELS="A B"
  BASE_SHA=$(git -C "$ROOT" rev-parse --short "$BASELINE^{commit}")
  SRC[A]=$BENCH/work/baseline-$BASE_SHA
  DIR[A]=$WORK/baseline-$BASE_SHA
  APORT[A]=$((PORT + 2)); MPORT[A]=$((MANAGEMENT_PORT + 2))
  if [ ! -d "${SRC[A]}" ]; then
    say "Checking out $BASELINE ($BASE_SHA) into ${SRC[A]} (a git worktree of its own)"
    git -C "$ROOT" worktree add --detach "${SRC[A]}" "$BASE_SHA" >&2
  fi
fi
mkdir -p "${DIR[@]}"

build() { # label: builds the jar (and the seeder, where the build has src/bench) unless --skip-build
  local l=$1 src=${SRC[$1]}
  if $BUILD || ! ls "$src"/target/rekindle-*.jar >/dev/null 2>&1; then
    say "Building $l ($(git -C "$src" rev-parse --short HEAD))"
    if grep -q '<id>bench</id>' "$src/pom.xml"; then
      (cd "$src" && ./mvnw -B -q -Pbench clean package -DskipTests)
    else
      (cd "$src" && ./mvnw -B -q clean package -DskipTests)
    fi
  fi
  JAR[$l]=$(ls "$src"/target/rekindle-*.jar | grep -v original | head -1)
  SEEDER[$l]=""
  [ -d "$src/target/seeder/app/rekindle/seed" ] && SEEDER[$l]=$src/target/seeder
  COMMIT[$l]=$(git -C "$src" rev-parse --short HEAD)
  if [ "$l" = B ] && git -C "$src" status --porcelain | grep -qv '^??'; then COMMIT[$l]="${COMMIT[$l]}+changes"; fi
}

# The database each build uses, with its own settings: on H2 the production URL's options (the build's own
# application.properties, so the benchmark measures what production runs) on the label's own file; on
# PostgreSQL a schema per data set and label.
database_args() { # label: fills ARGS[label] (the app's arguments) and SEED_URL_EXTRA
  local l=$1 options url schema
  ARGS[$l]="--server.port=${APORT[$l]} --server.address=127.0.0.1 --management.server.port=${MPORT[$l]}"
  if [ "$DB" = h2 ]; then
    options=$(sed -n 's/^spring\.datasource\.url=jdbc:h2:file:[^;]*//p' "${SRC[$l]}/src/main/resources/application.properties")
    [ -n "$options" ] || { echo "No H2 URL in ${SRC[$l]}/src/main/resources/application.properties" >&2; exit 1; }
    ARGS[$l]="${ARGS[$l]} --spring.datasource.url=jdbc:h2:file:${DIR[$l]}/data/rekindle$options"
  else
    schema=bench_${ACCOUNTS}x${DAYS}_s$SEED_NUMBER; [ "$l" = A ] && schema=${schema}_baseline
    ARGS[$l]="${ARGS[$l]} --spring.profiles.active=postgres --spring.datasource.url=jdbc:postgresql://$PG_HOST:$PG_PORT/$PG_DB?currentSchema=$schema --spring.flyway.schemas=$schema"
  fi
}

reset_data() { # label
  if [ "$DB" = h2 ]; then rm -rf "${DIR[$1]}/data"
  else "${PSQL[@]}" -d "$PG_DB" -c "drop schema if exists $(schema_of "$1") cascade"; fi
}
schema_of() { sed -n 's/.*--spring.flyway.schemas=\([^ ]*\).*/\1/p' <<< "${ARGS[$1]}"; }

# docs/OPERATIONS.md "Running in production": the jar extracted (kept until the jar changes), then a class-data
# archive made by one training start that stops once the application context is ready.
extract() { # label
  local l=$1 app=${DIR[$1]}/app sum
  sum=$(sha256sum "${JAR[$l]}" | cut -c1-16)
  if [ ! -f "$app/$sum" ]; then
    say "Extracting the jar of $l"
    rm -rf "$app"
    java -Djarmode=tools -jar "${JAR[$l]}" extract --destination "$app" > "${DIR[$l]}/extract.log" 2>&1 \
      || { cat "${DIR[$l]}/extract.log" >&2; exit 1; }
    touch "$app/$sum"
  fi
}

# Each build seeds its own data set with its own seeder and the same seed number, so both hold the same accounts,
# days and words, each in the schema its own migrations make (bench/README.md, "A/B").
seed() { # label
  local l=$1 app=${DIR[$1]}/app started profiles=seed url_args=() cp
  SEEDED[$l]="(reused)"
  if $RESEED || [ ! -f "${DIR[$l]}/seeded" ]; then
    reset_data "$l"
    rm -f "${DIR[$l]}/seeded"
    say "Seeding $ACCOUNTS accounts x $DAYS days for $l ($DB, seed $SEED_NUMBER)"
    started=$(date +%s.%N)
    # shellcheck disable=SC2206
    local args=(${ARGS[$l]})
    if [ "$DB" = postgres ]; then
      profiles=postgres,seed
      # Batched inserts become multi-row inserts: the seeding of 10,000 accounts takes minutes, not an hour.
      for i in "${!args[@]}"; do
        case "${args[$i]}" in --spring.datasource.url=*) args[$i]="${args[$i]}&reWriteBatchedInserts=true" ;; --spring.profiles.active=*) unset 'args[i]' ;; esac
      done
    fi
    if [ -n "${SEEDER[$l]}" ]; then cp=(-cp "$app/$(basename "${JAR[$l]}"):${SEEDER[$l]}" app.rekindle.RekindleApplication)
    else cp=(-jar "${JAR[$l]}"); fi
    java -Xmx1g "${cp[@]}" "${args[@]}" --spring.profiles.active="$profiles" --rekindle.seed.accounts="$ACCOUNTS" \
      --rekindle.seed.days="$DAYS" --rekindle.seed.number="$SEED_NUMBER" --rekindle.seed.password="$PASSWORD" \
      > "${DIR[$l]}/seed.log" 2>&1 \
      || { tail -40 "${DIR[$l]}/seed.log" >&2; echo "Seeding failed: ${DIR[$l]}/seed.log" >&2; exit 1; }
    SEEDED[$l]=$(awk "BEGIN { printf \"%.0fs\", $(date +%s.%N) - $started }")
    grep -o 'Seeded .*' "${DIR[$l]}/seed.log" >&2 || true
    if [ "$DB" = postgres ]; then "${PSQL[@]}" -d "$PG_DB" -c "analyze"; fi
    touch "${DIR[$l]}/seeded"
    say "Seeded $l in ${SEEDED[$l]} (process start to exit)"
  fi
}

train() { # label: the class-data archive belongs to this extraction (a new jar extracts afresh and drops it)
  local l=$1 app=${DIR[$1]}/app
  if [ ! -f "$app/rekindle.jsa" ]; then
    say "Training the class-data archive of $l"
    # shellcheck disable=SC2086
    (cd "$app" && java $PRODUCTION_JVM_OPTIONS -XX:ArchiveClassesAtExit=rekindle.jsa -Dspring.context.exit=onRefresh \
      -jar "$(basename "${JAR[$l]}")" ${ARGS[$l]} > "${DIR[$l]}/training.log" 2>&1) \
      || { rm -f "$app/rekindle.jsa"; tail -40 "${DIR[$l]}/training.log" >&2; echo "The training start failed: ${DIR[$l]}/training.log" >&2; exit 1; }
  fi
}

for l in $LABELS; do build "$l"; database_args "$l"; extract "$l"; seed "$l"; done
if $SEED_ONLY; then
  say "Seeded; --seed-only, so no measurement"
  exit 0
fi
for l in $LABELS; do train "$l"; done

cleanup() {
  for l in $LABELS; do
    if [ -n "${PID[$l]:-}" ] && kill -0 "${PID[$l]}" 2>/dev/null; then kill "${PID[$l]}"; wait "${PID[$l]}" 2>/dev/null || true; fi
  done
}
trap cleanup EXIT

JVM_OPTIONS="$PRODUCTION_JVM_OPTIONS -XX:SharedArchiveFile=rekindle.jsa"
rss() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/${PID[$1]}/status"; }
start() { # label: starts the build as production does; start-up is launching java to the first 200 on /
  local l=$1 options=$JVM_OPTIONS started
  if $PROFILE && [ "$l" = B ]; then
    # Whole stacks: a request is 150 and more frames deep, and JFR keeps 64 by default, which cuts off where
    # each sample came from.
    options="$options -XX:FlightRecorderOptions=stackdepth=400 -XX:StartFlightRecording=filename=${DIR[$l]}/profile.jfr,settings=profile,dumponexit=true"
  fi
  say "Starting $l (${COMMIT[$l]}): java $options"
  started=$(date +%s%N)
  # shellcheck disable=SC2086
  (cd "${DIR[$l]}/app" && MALLOC_ARENA_MAX=2 exec java $options -jar "$(basename "${JAR[$l]}")" ${ARGS[$l]}) > "${DIR[$l]}/app.log" 2>&1 &
  PID[$l]=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${APORT[$l]}/" || true)" = 200 ]; do
    kill -0 "${PID[$l]}" 2>/dev/null || { tail -40 "${DIR[$l]}/app.log" >&2; echo "The application $l stopped" >&2; exit 1; }
    sleep 0.05
  done
  STARTUP[$l]=$(( ($(date +%s%N) - started) / 1000000 ))
  STARTUP_CPU[$l]=$(( $(cpu_ticks "$l") * 1000 / TICKS_PER_SECOND ))
  STARTS_MS[$l]="${STARTS_MS[$l]:-} ${STARTUP[$l]}"
  STARTS_CPU[$l]="${STARTS_CPU[$l]:-} ${STARTUP_CPU[$l]}"
  until curl -sf "http://127.0.0.1:${MPORT[$l]}/actuator/health/readiness" >/dev/null; do sleep 0.2; done
  # The table's RSS at readiness is the first start's, the one before the load.
  RSS_READY[$l]=${RSS_READY[$l]:-$(rss "$l")}
  say "$l: first 200 after ${STARTUP[$l]} ms; ready; RSS $(rss "$l") MiB"
}

# Sign in USERS accounts spread over the whole data set; keep each one's session, CSRF token and own "today".
csrf() { sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1; }
sign_in() { # label i: signs in account n and writes its line to sessions.d/i
  local base=http://127.0.0.1:${APORT[$1]} n=$(( 1 + $2 * ACCOUNTS / USERS )) jar=${DIR[$1]}/sessions.d/$2.cookies token where today session
  token=$(curl -s -c "$jar" -b "$jar" "$base/login" | csrf)
  where=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$jar" -b "$jar" \
    --data-urlencode "email=user$n@bench.rekindle.test" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "_csrf=$token" "$base/login")
  case "$where" in "302 "*/dashboard) ;; *) echo "Sign-in of user$n failed: $where" >&2; return 1 ;; esac
  today=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" "$base/checkin"); today=${today##*/}
  token=$(curl -s -c "$jar" -b "$jar" "$base/checkin/$today" | csrf)
  session=$(awk '$6 == "JOURNAL_SESSION" {print $7}' "$jar")
  [ -n "$session" ] && [ -n "$token" ] || { echo "No session or token for user$n" >&2; return 1; }
  echo "$session $token $today $(date -d "$today -364 days" +%F)" > "${DIR[$1]}/sessions.d/$2"
}
sign_in_all() { # label
  local l=$1 d=${DIR[$1]} batch=() i pid
  say "Signing in $USERS benchmark users on $l"
  : > "$d/sessions.txt"
  rm -rf "$d/sessions.d"; mkdir -p "$d/sessions.d"
  # Four at a time: each log-in checks a BCrypt hash, which takes a core for a moment.
  # Wait on the sign-ins by id: a bare "wait" would wait for the application too.
  for i in $(seq 0 $((USERS - 1))); do
    sign_in "$l" "$i" &
    batch+=($!)
    if [ ${#batch[@]} -eq 4 ] || [ "$i" -eq $((USERS - 1)) ]; then
      for pid in "${batch[@]}"; do wait "$pid" || true; done
      batch=()
    fi
  done
  for i in $(seq 0 $((USERS - 1))); do
    [ -s "$d/sessions.d/$i" ] || { echo "Signing in benchmark user $i on $l failed" >&2; exit 1; }
    cat "$d/sessions.d/$i" >> "$d/sessions.txt"
  done
  rm -rf "$d/sessions.d"
}

# CPU time the app's process has used (every thread: requests, GC, JIT), in clock ticks.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/${PID[$1]}/stat"; }
TICKS_PER_SECOND=$(getconf CLK_TCK)
measure() { # label page connections seconds: wrk's RESULT line and the CPU ticks the app used meanwhile
  local threads=2 before result; [ "$3" -lt 2 ] && threads=1
  before=$(cpu_ticks "$1")
  result=$(wrk -t"$threads" -c"$3" -d"$4"s --timeout 10s -s "$BENCH/pages.lua" "http://127.0.0.1:${APORT[$1]}" -- "$2" "${DIR[$1]}/sessions.txt" \
    | grep '^RESULT' | head -1)
  echo "$result $(( $(cpu_ticks "$1") - before ))"
}

# Both builds run side by side (only the one measured gets requests), each started, signed in and warmed up alone.
for l in $LABELS; do
  start "$l"
  sign_in_all "$l"
  say "Warming up $l for ${WARMUP}s (every page in turn), then the PDF for 15s (one client)"
  measure "$l" mix "$CONNECTIONS" "$WARMUP" > /dev/null
  # The first PDF loads the PDF and SVG libraries: without this the measured PDF would be a cold start.
  measure "$l" pdf 1 15 > /dev/null
done

# Page by page, the builds in turn (A B A B ...), for ROUNDS rounds (one without --baseline): whatever else the
# machine does at a moment falls on both.
ONE_ROUND=$LABELS
[ -z "$BASELINE" ] && ROUNDS=1
declare -A RESULT
for round in $(seq 1 "$ROUNDS"); do
  for page in $PAGES; do
    for l in $ONE_ROUND; do
      case "$page" in
        pdf) say "Round $round, $l: the summary PDF, ${DURATION}s, one client"
          line=$(measure "$l" pdf 1 "$DURATION") ;;
        static|signedin|dashboard|checkin|history|summary) say "Round $round, $l: $page, ${DURATION}s at $CONNECTIONS connections"
          line=$(measure "$l" "$page" "$CONNECTIONS" "$DURATION") ;;
        *) echo "Unknown page $page (static signedin dashboard checkin history summary pdf)" >&2; exit 2 ;;
      esac
      RESULT[$l,$page]="${RESULT[$l,$page]:-}$line"$'\n'
    done
  done
done
for l in $LABELS; do
  RSS_AFTER[$l]=$(rss "$l")
  grep -c ' ERROR ' "${DIR[$l]}/app.log" > "${DIR[$l]}/errors-in-log" || true
done

# Start-up moves by a fifth from one start to the next on these machines, so one start says little: each build is
# started STARTS more times, in turn (A B A B ...), with nothing else running, and the tables give the median of all
# its starts, with the CPU time the app used up to its first 200. The load's log is kept as app-load.log. A profiled
# run makes no more starts: each would record over the load's profile.
$PROFILE && STARTS=0
stop() { kill "${PID[$1]}"; wait "${PID[$1]}" 2>/dev/null || true; PID[$1]=""; }
if [ "$STARTS" -gt 0 ]; then
  for l in $LABELS; do stop "$l"; mv "${DIR[$l]}/app.log" "${DIR[$l]}/app-load.log"; done
  for i in $(seq 1 "$STARTS"); do
    for l in $LABELS; do
      say "Start $i of $STARTS more of $l, for the start-up figure"
      start "$l"
      stop "$l"
    done
  done
fi
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
for l in $LABELS; do
  STARTUP[$l]=$(median <<< "${STARTS_MS[$l]}")
  STARTUP_CPU[$l]=$(median <<< "${STARTS_CPU[$l]}")
done

label() {
  case "$1" in
    static) echo "static file /favicon.svg (floor)" ;;
    signedin) echo "signed-in floor: GET /checkin (302)" ;;
    dashboard) echo "dashboard" ;;
    checkin) echo "today's check-in POST (302)" ;;
    history) echo "history (month + 90-day charts)" ;;
    summary) echo "summary, 365 days" ;;
    pdf) echo "summary PDF, 365 days (1 client)" ;;
  esac
}
# One page's rounds added up: req/s = requests / seconds measured, CPU = ticks / requests, latencies the rounds' mean.
summed() { # label page: "rps p50 p90 p99 errors requests cpu_ms"
  printf '%s' "${RESULT[$1,$2]}" | awk -v d="$DURATION" -v hz="$TICKS_PER_SECOND" '
    NF >= 9 { n++; rps += $3; p50 += $4; p90 += $5; p99 += $6; err += $7; req += $8; ticks += $9 }
    END { if (n == 0) { print "– – – – – 0 –"; exit }
      printf "%.1f %.1f %.1f %.1f %d %d %s\n", rps / n, p50 / n, p90 / n, p99 / n, err, req, (req > 0 ? sprintf("%.2f", 1000 * ticks / hz / req) : "–") }'
}
table() { # label
  local l=$1 conns rps p50 p90 p99 errors requests cpu
  echo "JVM: \`$JVM_OPTIONS\`; seed ${SEEDED[$l]}; start-up to first 200: ${STARTUP[$l]} ms, app CPU ${STARTUP_CPU[$l]} ms (medians of$(tr -s ' ' <<< "${STARTS_MS[$l]}") ms); RSS at ready ${RSS_READY[$l]} MiB, after the load ${RSS_AFTER[$l]} MiB; ERROR lines in the log: $(cat "${DIR[$l]}/errors-in-log")"
  echo
  echo "| page | connections | req/s | p50 ms | p90 ms | p99 ms | errors / requests | app CPU ms / request |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|"
  for page in $PAGES; do
    read -r rps p50 p90 p99 errors requests cpu <<< "$(summed "$l" "$page")"
    conns=$CONNECTIONS; [ "$page" = pdf ] && conns=1
    echo "| $(label "$page") | $conns | $rps | $p50 | $p90 | $p99 | $errors / $requests | $cpu |"
  done
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a + 0 > 0 && b != "–") printf "%.2f", b / a; else print "–" }'; }
MACHINE="$(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)), load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
REPORT=$WORK/result-$(date -u +%Y%m%dT%H%M%SZ).md
{
  if [ -z "$BASELINE" ]; then
    echo "Commit ${COMMIT[B]}, $(date -u '+%Y-%m-%d %H:%M UTC'), $DB, $ACCOUNTS accounts x $DAYS days (seed $SEED_NUMBER), $USERS signed-in users, $MACHINE"
    echo
    table B
  else
    echo "A/B: A = ${COMMIT[A]} (baseline), B = ${COMMIT[B]}; $(date -u '+%Y-%m-%d %H:%M UTC'), $DB, $ACCOUNTS accounts x $DAYS days (seed $SEED_NUMBER, each build seeded by its own seeder), $USERS signed-in users, ${DURATION}s a page and build in each of $ROUNDS rounds (A B A B), $MACHINE"
    echo
    echo "**A: ${COMMIT[A]}**"
    echo
    table A
    echo
    echo "**B: ${COMMIT[B]}**"
    echo
    table B
    echo
    echo "**B / A** (app CPU per request: lower is better; requests per second: higher is better)"
    echo
    echo "| page | app CPU ms / request, B/A | req/s, B/A | p99, B/A |"
    echo "|---|---:|---:|---:|"
    for page in $PAGES; do
      read -r arps _ _ ap99 _ _ acpu <<< "$(summed A "$page")"
      read -r brps _ _ bp99 _ _ bcpu <<< "$(summed B "$page")"
      echo "| $(label "$page") | $(ratio "$acpu" "$bcpu") | $(ratio "$arps" "$brps") | $(ratio "$ap99" "$bp99") |"
    done
    echo "| start-up to first 200 (medians) | $(ratio "${STARTUP_CPU[A]}" "${STARTUP_CPU[B]}") | | $(ratio "${STARTUP[A]}" "${STARTUP[B]}") (time) |"
    echo "| RSS after the load | | | $(ratio "${RSS_AFTER[A]}" "${RSS_AFTER[B]}") (${RSS_AFTER[A]} → ${RSS_AFTER[B]} MiB) |"
  fi
} > "$REPORT"
echo
cat "$REPORT"
echo
say "Saved as $REPORT; add it to docs/PERFORMANCE.md with a note on the machine"
