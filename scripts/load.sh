#!/usr/bin/env bash
# Load without errors: a bounded mixed load on the packaged app, then the data must equal what the
# clients were told was saved.
#
# Starts the packaged app (H2 file mode, or PostgreSQL with `scripts/load.sh postgres`) in a fresh
# working directory on 127.0.0.1 and runs LOAD_CONNECTIONS (64) clients, each with an account and a
# connection of its own, for LOAD_SECONDS (60): the dashboard, check-in POSTs (today and the three days
# before), history and the summary, in a random mix. Then every client reads its check-ins back
# through the JSON export: each day must hold exactly the last save the client was told succeeded.
# Prints requests, requests/s, the status histogram, latency and errors, then "N passed, N failed";
# exits non-zero on any 5xx, socket error, unexpected answer or difference in the data.
#
# Sign-up is limited to 5 per client address per hour; every simulated person signs up from
# 127.0.0.1, so this run raises the limit (REKINDLE_SECURITY_SIGNUP_MAXPERCLIENT) for its own app only.
# Ports: LOAD_APP_PORT/LOAD_MANAGEMENT_PORT (18080/18081). PostgreSQL: PGHOST/PGPORT/PGUSER
# (127.0.0.1/5432/postgres, trust authentication), a temporary database dropped afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
JAR="$ROOT/target/rekindle-0.1.0-SNAPSHOT.jar"
CONNECTIONS=${LOAD_CONNECTIONS:-64}
SECONDS_OF_LOAD=${LOAD_SECONDS:-60}
APP_PORT=${LOAD_APP_PORT:-18080}
MANAGEMENT_PORT=${LOAD_MANAGEMENT_PORT:-18081}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
DATABASE=${1:-h2}

[ -f "$JAR" ] || ./mvnw -B -q -DskipTests package

WORK=$(mktemp -d "${TMPDIR:-/tmp}/rekindle-load.XXXXXX")
APP_PID=""
PG_DATABASE=""
cleanup() {
  [ -n "$APP_PID" ] && kill -9 "$APP_PID" 2>/dev/null || true
  [ -n "$PG_DATABASE" ] && psql -q -d postgres -c "drop database if exists $PG_DATABASE with (force)" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

. "$ROOT/scripts/app-process.sh"
javac -d "$WORK/classes" scripts/JournalDriver.java

env=(REKINDLE_SECURITY_SIGNUP_MAXPERCLIENT=1000)
case "$DATABASE" in
  h2) ;;
  postgres)
    PG_DATABASE="rekindle_load_$$"
    psql -q -d postgres -c "create database $PG_DATABASE" >/dev/null
    env+=(SPRING_PROFILES_ACTIVE=postgres "REKINDLE_DB_URL=jdbc:postgresql://$PGHOST:$PGPORT/$PG_DATABASE"
      "REKINDLE_DB_USER=$PGUSER" "REKINDLE_DB_PASSWORD=${PGPASSWORD:-}") ;;
  *) echo "unknown database: $DATABASE (h2 or postgres)"; exit 2 ;;
esac

echo "== load on $DATABASE: $CONNECTIONS connections for $SECONDS_OF_LOAD s"
start_app "$WORK" "$WORK/app.log" "${env[@]}"
result=0
java -cp "$WORK/classes" JournalDriver load "http://127.0.0.1:$APP_PORT" "$CONNECTIONS" "$SECONDS_OF_LOAD" || result=$?
if grep -q ' ERROR ' "$WORK/app.log"; then
  echo "the app logged errors during the load:"
  grep -A 5 ' ERROR ' "$WORK/app.log" | head -n 40
  result=1
fi
stop_app
exit "$result"
