#!/usr/bin/env bash
# Durability: every write the app acknowledged survives a SIGKILL.
#
# For each database (H2 file mode, then PostgreSQL; or those named: scripts/durability.sh h2|postgres):
# start the packaged app in a fresh working directory, let several clients (each with an account of
# its own) write check-ins (today's again and again, and late days: updates and inserts) and
# reflection entries through the real forms, `kill -9` the app while they write, start it again on
# the same database, sign in again and read everything back through the JSON export. Each write that
# got its redirect must be there, intact (the text is encrypted at rest, so it is read through the
# app); a check-in saved again later may hold that later save. Prints "N passed, N failed" per
# database and exits non-zero on any failure.
#
# Settings (environment): DURABILITY_CLIENTS (6); the kill comes DURABILITY_KILL_AFTER seconds (random
# 1-4) after DURABILITY_MIN_ACKS acknowledged writes (10 per client); DURABILITY_APP_PORT/DURABILITY_MANAGEMENT_PORT (18090/18091), PGHOST/PGPORT/PGUSER
# (127.0.0.1/5432/postgres, trust authentication) for the temporary PostgreSQL database.
#
# Sign-up is limited to 5 per client address per hour; every simulated person signs up from
# 127.0.0.1, so this run raises the limit (REKINDLE_SECURITY_SIGNUP_MAXPERCLIENT) for its own app only.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
JAR="$ROOT/target/rekindle-0.1.0-SNAPSHOT.jar"
CLIENTS=${DURABILITY_CLIENTS:-6}
MIN_ACKS=${DURABILITY_MIN_ACKS:-$((CLIENTS * 10))}
APP_PORT=${DURABILITY_APP_PORT:-18090}
MANAGEMENT_PORT=${DURABILITY_MANAGEMENT_PORT:-18091}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
DATABASES=("$@")
[ ${#DATABASES[@]} -gt 0 ] || DATABASES=(h2 postgres)

[ -f "$JAR" ] || ./mvnw -B -q -DskipTests package

WORK=$(mktemp -d "${TMPDIR:-/tmp}/rekindle-durability.XXXXXX")
APP_PID=""
DRIVER_PID=""
PG_DATABASE=""
cleanup() {
  [ -n "$DRIVER_PID" ] && kill "$DRIVER_PID" 2>/dev/null || true
  [ -n "$APP_PID" ] && kill -9 "$APP_PID" 2>/dev/null || true
  [ -n "$PG_DATABASE" ] && psql -q -d postgres -c "drop database if exists $PG_DATABASE with (force)" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

. "$ROOT/scripts/app-process.sh"
javac -d "$WORK/classes" scripts/JournalDriver.java
driver() { java -cp "$WORK/classes" JournalDriver "$@"; }

run_one() {
  local database=$1 dir="$WORK/$1" base="http://127.0.0.1:$APP_PORT"
  mkdir -p "$dir"
  local -a env=(REKINDLE_SECURITY_SIGNUP_MAXPERCLIENT=1000)
  if [ "$database" = postgres ]; then
    PG_DATABASE="rekindle_durability_$$"
    psql -q -d postgres -c "create database $PG_DATABASE" >/dev/null || return 1
    env+=(SPRING_PROFILES_ACTIVE=postgres "REKINDLE_DB_URL=jdbc:postgresql://$PGHOST:$PGPORT/$PG_DATABASE"
      "REKINDLE_DB_USER=$PGUSER" "REKINDLE_DB_PASSWORD=${PGPASSWORD:-}")
  fi
  echo "== durability on $database"
  start_app "$dir" "$dir/app-1.log" "${env[@]}" || return 1

  driver durability-write "$base" "$dir/writes.tsv" "$CLIENTS" 180 &
  DRIVER_PID=$!
  # Kill once the clients are well into writing: after MIN_ACKS acknowledged writes and a random pause.
  local waited=0 acked=0
  while [ "$acked" -lt "$MIN_ACKS" ]; do
    kill -0 "$DRIVER_PID" 2>/dev/null || { echo "the clients stopped before the kill"; return 1; }
    [ "$waited" -lt 3000 ] || { echo "only $acked writes acknowledged after 300 s"; return 1; }
    sleep 0.1
    waited=$((waited + 1))
    acked=$(cat "$dir/writes.tsv.acked" 2>/dev/null || true)
    acked=${acked:-0}
  done
  local after=${DURABILITY_KILL_AFTER:-$((1 + RANDOM % 4))}
  sleep "$after"
  echo "durability: kill -9 $APP_PID ${after} s after the ${MIN_ACKS}th acknowledged write"
  kill -9 "$APP_PID" || return 1
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=""
  local written=0
  wait "$DRIVER_PID" || written=$?
  DRIVER_PID=""
  [ "$written" -eq 0 ] || { echo "the clients failed before the kill"; return 1; }

  start_app "$dir" "$dir/app-2.log" "${env[@]}" || return 1
  local result=0
  driver durability-verify "$base" "$dir/writes.tsv" || result=$?
  stop_app
  if [ -n "$PG_DATABASE" ]; then
    psql -q -d postgres -c "drop database $PG_DATABASE with (force)" >/dev/null
    PG_DATABASE=""
  fi
  return "$result"
}

failed=0
for database in "${DATABASES[@]}"; do
  case "$database" in
    h2|postgres) run_one "$database" || failed=1 ;;
    *) echo "unknown database: $database (h2 or postgres)"; exit 2 ;;
  esac
done
exit "$failed"
