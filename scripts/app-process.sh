# Sourced by durability.sh and load.sh: start the packaged app and wait until it is ready, stop it.
# Needs JAR, APP_PORT, MANAGEMENT_PORT; sets APP_PID. Only bash and the JDK are needed (no curl).

# start_app WORKING_DIR LOG [NAME=VALUE...]: the app runs in WORKING_DIR, so its H2 file database and
# development key live in WORKING_DIR/data; a second start in the same directory finds them again.
start_app() {
  local dir=$1 log=$2
  shift 2
  (cd "$dir" && exec env "$@" MANAGEMENT_PORT="$MANAGEMENT_PORT" java -Xmx512m -jar "$JAR" \
    --server.address=127.0.0.1 --server.port="$APP_PORT") >"$log" 2>&1 &
  APP_PID=$!
  local waited=0
  until readiness_up; do
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      echo "the app stopped while starting; its log:"; tail -n 40 "$log"; APP_PID=""; return 1
    fi
    if [ "$waited" -ge 180 ]; then
      echo "the app was not ready after 180 s; its log:"; tail -n 40 "$log"; return 1
    fi
    sleep 1
    waited=$((waited + 1))
  done
  echo "app: ready on 127.0.0.1:$APP_PORT after ${waited} s (pid $APP_PID)"
}

# The readiness probe on the management port, over bash's own /dev/tcp.
readiness_up() {
  local reply
  reply=$( (exec 3<>"/dev/tcp/127.0.0.1/$MANAGEMENT_PORT" &&
    printf 'GET /actuator/health/readiness HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3 &&
    timeout 5 cat <&3) 2>/dev/null || true)
  [[ $reply == *'"status":"UP"'* ]]
}

stop_app() {
  if [ -n "${APP_PID:-}" ]; then
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=""
  fi
}
