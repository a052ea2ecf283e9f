# Shared by the scripts of deploy/test: checks that count, a throwaway MariaDB database, starting and stopping a
# server jar. Sourced, not run.

PASSED=0
FAILED=0

pass() { PASSED=$((PASSED + 1)); echo "  ok    $*"; }
fail() { FAILED=$((FAILED + 1)); echo "  FAIL  $*" >&2; }

# check "what" test-command...: runs the command, counts it
check() {
  local what=$1
  shift
  if "$@"; then pass "$what"; else fail "$what"; fi
}

# expect_eq "what" expected actual
expect_eq() {
  if [ "$2" = "$3" ]; then pass "$1"; else fail "$1: expected '$2', got '$3'"; fi
}

# summary: the closing line CI reads, and the exit status
summary() {
  echo
  echo "$PASSED passed, $FAILED failed"
  [ "$FAILED" -eq 0 ]
}

die() {
  echo "ERROR: $*" >&2
  echo
  echo "$PASSED passed, $((FAILED + 1)) failed"
  exit 1
}

need() {
  for c in "$@"; do command -v "$c" >/dev/null || die "$c is not installed"; done
}

# ports_free PORT...: each port free on loopback, or stop here (set PORT_* variables to choose others)
ports_free() {
  for p in "$@"; do
    ! ss -Hltn "sport = :$p" | grep -q . || die "port $p is in use (choose another through the script's PORT variables)"
  done
}

sql() { mariadb -h127.0.0.1 -uroot -N -B "$@"; }

# the runnable jar: $INFOTOOLS_JAR, or the build's, built when missing
server_jar() {
  local root=$1
  local jar=${INFOTOOLS_JAR:-$root/server/target/infotools-server-exec.jar}
  if [ ! -f "$jar" ]; then
    echo "== building $jar" >&2
    (cd "$root" && ./mvnw -q -B -ntp ${MAVEN_REPO_LOCAL:+-Dmaven.repo.local=$MAVEN_REPO_LOCAL} -pl server -am package \
      -DskipTests -Djacoco.skip=true) >&2 || die "the server jar did not build"
  fi
  echo "$jar"
}

# start_server NAME PORT LOGDIR -- extra java arguments...: starts the jar in the background (environment as set by
# the caller), writes its pid to LOGDIR/NAME.pid and its console to LOGDIR/NAME.out
start_server() {
  local name=$1 port=$2 logs=$3
  shift 4
  SERVER_PORT=$port SERVER_ADDRESS=127.0.0.1 \
    java -Xms128m -Xmx512m -XX:+ExitOnOutOfMemoryError -jar "$JAR" "$@" >"$logs/$name.out" 2>&1 &
  echo $! >"$logs/$name.pid"
}

# wait_ready NAME PORT LOGDIR [SECONDS]: until the readiness probe answers UP; fails with the log's tail otherwise
wait_ready() {
  local name=$1 port=$2 logs=$3 limit=${4:-180}
  local pid
  pid=$(cat "$logs/$name.pid")
  for _ in $(seq 1 "$limit"); do
    if curl -fsS "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"status":"UP"'; then
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -40 "$logs/$name.out" >&2
      die "$name exited before it was ready"
    fi
    sleep 1
  done
  tail -40 "$logs/$name.out" >&2
  die "$name was not ready after ${limit}s"
}

# stop_server NAME LOGDIR: SIGTERM (graceful shutdown), then waits for the process (not in a subshell: it must be
# this shell's child); its exit status is left in STOP_STATUS
stop_server() {
  local name=$1 logs=$2
  local pid
  STOP_STATUS=
  pid=$(cat "$logs/$name.pid" 2>/dev/null) || return 0
  rm -f "$logs/$name.pid"
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid"
  STOP_STATUS=0
  wait "$pid" 2>/dev/null || STOP_STATUS=$?
}
