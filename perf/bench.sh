#!/usr/bin/env bash
# InfoTools performance benchmark (docs/performance.md).
#
#   perf/bench.sh                 # reference scale: loads the dataset into MariaDB, then measures
#   perf/bench.sh --reuse         # measures again on the database loaded by an earlier run
#   perf/bench.sh --scale 0.05    # a smaller dataset (quick check)
#
# It needs: a JDK 17, MariaDB on 127.0.0.1:3306 (root, no password; the database it creates is
# $BENCH_DB, default infotools_bench, dropped and created again unless --reuse), wrk (Debian package),
# the mysql client. It prints one table, also written to perf/target/bench-results.md.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUT=$ROOT/perf/target/bench
SCALE=1
REUSE=false
DURATION=${BENCH_DURATION:-20}
WARMUP=${BENCH_WARMUP:-20}
# An issue runs its code once where a read runs a loop: the JIT compiles it after thousands of issues (four
# 20 s runs in a row: 101, 184, 205, 286 invoices/s), so issuing is warmed up three times longer
ISSUE_WARMUP=${BENCH_ISSUE_WARMUP:-$((3 * WARMUP))}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
FEW_CONNECTIONS=${BENCH_FEW_CONNECTIONS:-4}
THREADS=2
DB=${BENCH_DB:-infotools_bench}
DRAFTS=${BENCH_DRAFTS:-60000}
SERVER_PORT=18180
BASELINE_PORT=18181
EMBEDDED_PORT=18182
# the production unit's settings (deploy/systemd/infotools.service), with the heap the issue allows
SERVER_JVM=${BENCH_SERVER_JVM:-"-Xms512m -Xmx512m -XX:MaxMetaspaceSize=256m -XX:+UseG1GC"}

while [ $# -gt 0 ]; do
	case "$1" in
		--scale) SCALE=$2; shift 2 ;;
		--reuse) REUSE=true; shift ;;
		--duration) DURATION=$2; shift 2 ;;
		*) echo "unknown option $1" >&2; exit 2 ;;
	esac
done

mkdir -p "$OUT"
SERVER_JAR=$ROOT/server/target/infotools-server-exec.jar
PERF_JAR=$ROOT/perf/target/infotools-perf.jar
PIDS=()
cleanup() {
	for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
	wait 2>/dev/null || true
}
trap cleanup EXIT

log() { printf '\n== %s\n' "$*" >&2; }
sql() { mysql -h127.0.0.1 -uroot -N -B "$@"; }
wait_ready() { # url pid timeout-seconds
	local deadline=$((SECONDS + $3))
	until curl -sf -o /dev/null "$1"; do
		kill -0 "$2" 2>/dev/null || { echo "process $2 died" >&2; return 1; }
		[ $SECONDS -lt $deadline ] || { echo "not ready after $3 s: $1" >&2; return 1; }
		sleep 0.05
	done
}
heap_used_mb() { # pid: heap in use now (young + old), from jstat
	jstat -gc "$1" | awk 'NR==2 { printf "%.0f", ($3+$4+$6+$8)/1024 }'
}
rss_peak_mb() { awk '/VmHWM/ { printf "%.0f", $2/1024 }' "/proc/$1/status"; }
rss_now_mb() { awk '/VmRSS/ { printf "%.0f", $2/1024 }' "/proc/$1/status"; }
now_ms() { date +%s%3N; }
stop() { # pid: stops a server started in a subshell (not a child of this shell) and waits until it is gone
	kill "$1" 2>/dev/null || true
	while kill -0 "$1" 2>/dev/null; do sleep 0.05; done
}

for port in $SERVER_PORT $BASELINE_PORT $EMBEDDED_PORT; do
	if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
		echo "port $port is taken (a server left from an earlier run?): the benchmark would measure it" >&2
		exit 1
	fi
done

log "build"
if [ ! -f "$SERVER_JAR" ] || [ ! -f "$PERF_JAR" ] || [ "${BENCH_BUILD:-true}" = true ]; then
	./mvnw -B -q -pl server,perf -am package -DskipTests -Djacoco.skip=true
fi

# --- start to ready and memory at rest, on the embedded defaults ------------------------------------------
embedded_start() { # data dir [java [jvm options] jar] -> prints "ms pid"
	local started pid dir=$1
	shift
	[ $# -gt 0 ] || set -- java -jar "$SERVER_JAR"
	local java=$1
	shift
	started=$(now_ms)
	"$java" $SERVER_JVM "$@" --server.port=$EMBEDDED_PORT --infotools.data-dir="$dir" \
		>"$OUT/embedded.log" 2>&1 &
	pid=$!
	wait_ready "http://127.0.0.1:$EMBEDDED_PORT/actuator/health/readiness" $pid 120
	echo "$(($(now_ms) - started)) $pid"
}
log "start to ready on the embedded defaults (H2, embedded directory, demo data)"
EMBEDDED_DIR=$(mktemp -d "$OUT/embedded-XXXX")
read -r FIRST_START_MS pid < <(embedded_start "$EMBEDDED_DIR")
stop "$pid"
# a restart is timed three times, the median kept: on a shared 2-core machine one start varies by seconds
median() { sort -n | sed -n 2p; }
restart_ms() { # java [jvm options] jar: three restarts, prints the median
	for _ in 1 2 3; do
		read -r ms pid < <(embedded_start "$EMBEDDED_DIR" "$@")
		stop "$pid"
		echo "$ms"
	done | median
}
START_MS=$(restart_ms java -jar "$SERVER_JAR")
read -r _ pid < <(embedded_start "$EMBEDDED_DIR")
sleep 10
jcmd "$pid" GC.run >/dev/null
sleep 1
REST_HEAP_MB=$(heap_used_mb "$pid")
REST_RSS_MB=$(rss_now_mb "$pid")
stop "$pid"
echo "first start (migrations + demo data) ${FIRST_START_MS} ms; restart ${START_MS} ms; at rest: heap ${REST_HEAP_MB} MB, RSS ${REST_RSS_MB} MB" >&2

# the same restart with what deploy/aot-cache.sh records (docs/operations.md): on this JDK a class-data
# archive, on a JDK 25 its AOT cache
fast_start() { # java label -> "median-ms (version, label)"
	local opts ms
	opts=$(JAVA="$1" deploy/aot-cache.sh "$SERVER_JAR" "$OUT/fast-start" --infotools.data-dir="$OUT/fast-start-training")
	rm -rf "$OUT/fast-start-training"
	# shellcheck disable=SC2086 # the options are words
	ms=$(restart_ms "$1" $opts)
	rm -rf "$OUT/fast-start"
	echo "${ms} ms ($("$1" -version 2>&1 | head -1 | cut -d'"' -f2), extracted jar, $2)"
}
CDS_START=$(fast_start java "class-data archive")
echo "restart with the class-data archive: $CDS_START" >&2
JAVA25=${BENCH_JAVA25:-$(ls -d /usr/lib/jvm/*-25*/bin/java 2>/dev/null | head -1)}
AOT_START="no JDK 25 found (BENCH_JAVA25)"
if [ -n "$JAVA25" ] && [ -x "$JAVA25" ]; then
	AOT_START=$(fast_start "$JAVA25" "AOT cache")
	echo "restart with the AOT cache: $AOT_START" >&2
fi
rm -rf "$EMBEDDED_DIR"

# --- the dataset ----------------------------------------------------------------------------------------
SECRET_FILE=$OUT/token-secret
[ -f "$SECRET_FILE" ] || head -c 48 /dev/urandom | base64 -w0 >"$SECRET_FILE"
PASSWORD_FILE=$OUT/accounts-password
[ -f "$PASSWORD_FILE" ] || echo "Bench-$(head -c 12 /dev/urandom | base64 -w0 | tr -dc 'A-Za-z0-9')" >"$PASSWORD_FILE"
export INFOTOOLS_TOKEN_SECRET
INFOTOOLS_TOKEN_SECRET=$(cat "$SECRET_FILE")
PASSWORD=$(cat "$PASSWORD_FILE")
LDIF=$OUT/accounts.ldif
DB_URL="jdbc:mariadb://127.0.0.1:3306/$DB"

# InnoDB's default buffer pool (128 MB) makes every run a disk benchmark; production gives it most of the
# machine's memory (deploy/README.md). Resized online; MariaDB forgets it at its next restart.
if [ "$(sql -e 'SELECT @@innodb_buffer_pool_size')" -lt $((4 * 1024 * 1024 * 1024)) ]; then
	sql -e 'SET GLOBAL innodb_buffer_pool_size = 4294967296'
fi
if [ "$REUSE" = false ]; then
	log "dataset at scale $SCALE into MariaDB database $DB"
	sql -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
	started=$(now_ms)
	java -jar "$SERVER_JAR" --spring.profiles.active=dataset --infotools.dataset.scale="$SCALE" \
		--infotools.dataset.drafts="$DRAFTS" --infotools.dataset.directory-file="$LDIF" \
		--infotools.dataset.password="$PASSWORD" --spring.datasource.url="$DB_URL" \
		--spring.datasource.username=root --spring.datasource.password= 2>&1 |
		grep --line-buffered -E 'BenchmarkDataset|ERROR|Exception' >&2
	LOAD_S=$((($(now_ms) - started) / 1000))
	echo "$LOAD_S" >"$OUT/load-seconds"
fi
LOAD_S=$(cat "$OUT/load-seconds" 2>/dev/null || echo "?")
read -r N_CUSTOMERS N_CONTACTS N_APPOINTMENTS N_INVOICES N_LINES N_MOVEMENTS N_AUDIT < <(sql "$DB" -e "
	SELECT (SELECT COUNT(*) FROM customers), (SELECT COUNT(*) FROM contacts), (SELECT COUNT(*) FROM appointments),
	       (SELECT COUNT(*) FROM invoices), (SELECT COUNT(*) FROM invoice_lines), (SELECT COUNT(*) FROM stock_movements),
	       (SELECT COUNT(*) FROM audit_log)")

# --- the server and the baseline on the dataset ---------------------------------------------------------
log "server and baseline on $DB"
# The production profile but for the directory (the accounts' LDIF in the embedded directory) and mail
# (kept in the outbox): web sessions and rate-limit counters in the database. The 50 accounts stand for many more people, so the per-user API
# quota is raised; it is still counted on every call.
INFOTOOLS_DB_URL=$DB_URL INFOTOOLS_DB_USER=root INFOTOOLS_DB_PASSWORD= INFOTOOLS_AD_DOMAIN=infotools.local \
	INFOTOOLS_AD_URL=ldap://unused.invalid INFOTOOLS_AD_ROOT_DN=DC=infotools,DC=local \
	java $SERVER_JVM -Xlog:gc:file="$OUT/server-gc.log" -jar "$SERVER_JAR" --spring.profiles.active=prod --server.port=$SERVER_PORT \
	--infotools.directory.mode=embedded --infotools.directory.embedded-ldif="file:$LDIF" \
	--infotools.mail.mode=outbox-only \
	--infotools.rate-limits.limits.api.capacity=100000000 --infotools.rate-limits.limits.api.window=1m \
	>"$OUT/server.log" 2>&1 &
SERVER_PID=$!
PIDS+=("$SERVER_PID")
java -cp "$PERF_JAR" fr.infotools.perf.baseline.BaselineServer --port $BASELINE_PORT --jdbc-url "$DB_URL" \
	--user root --password "" >"$OUT/baseline.log" 2>&1 &
BASELINE_PID=$!
PIDS+=("$BASELINE_PID")
wait_ready "http://127.0.0.1:$SERVER_PORT/actuator/health/readiness" $SERVER_PID 180
until grep -q "baseline ready" "$OUT/baseline.log"; do
	kill -0 $BASELINE_PID || { cat "$OUT/baseline.log" >&2; exit 1; }
	sleep 0.1
done


REPS=$(sql "$DB" -e "SELECT COUNT(*) FROM users WHERE role = 'SALES'")
token() {
	curl -sf -X POST "http://127.0.0.1:$SERVER_PORT/api/v1/auth/token" -H 'Content-Type: application/json' \
		-d "{\"username\":\"$1\",\"password\":\"$PASSWORD\"}" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/'
}
rep_name() { printf 'bench.rep%02d' "$1"; }
declare -A TOKENS
tokens() { # access tokens last 15 minutes: taken again before each scenario
	for i in $(seq 1 "$REPS"); do TOKENS[$i]=$(token "$(rep_name "$i")"); done
	TOKENS[manager]=$(token bench.manager)
}
session_cookie() { # the extranet's login form, as a browser fills it
	local jar=$OUT/cookies-$1 csrf
	rm -f "$jar"
	csrf=$(curl -sf -c "$jar" "http://127.0.0.1:$SERVER_PORT/login" | sed -nE 's/.*name="_csrf" value="([^"]+)".*/\1/p' | head -1)
	curl -sf -o /dev/null -b "$jar" -c "$jar" -X POST "http://127.0.0.1:$SERVER_PORT/login" \
		--data-urlencode "username=$1" --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$csrf"
	awk '$6 ~ /^(JSESSIONID|SESSION)$/ { print $6 "=" $7 }' "$jar" | tail -1
}

# request files: METHOD <tab> PATH <tab> HEADER...
write_requests() {
	tokens
	local f
	f=$OUT/s1-upcoming.txt; : >"$f"
	for i in $(seq 1 "$REPS"); do printf 'GET\t/api/v1/appointments/upcoming\tAuthorization: Bearer %s\n' "${TOKENS[$i]}" >>"$f"; done
	f=$OUT/s2-search.txt; : >"$f"
	for prefix in Ate Bou Cab Cli Gar Imp Men Pha Tra Lib Fro Age Lab Bra Dom Ins Bur Mai; do
		for i in $(seq 1 "$REPS"); do
			printf 'GET\t/api/v1/customers?q=%s&size=20\tAuthorization: Bearer %s\n' "$prefix" "${TOKENS[$i]}" >>"$f"
		done
	done
	shuf --random-source=<(yes) -o "$f" "$f"
	f=$OUT/s3-purchases.txt; : >"$f"
	sql "$DB" -e "SELECT id, owner_id - 1 FROM customers WHERE type = 'CUSTOMER' ORDER BY RAND(42) LIMIT 5000" |
		while read -r id rep; do
			printf 'GET\t/api/v1/customers/%s/purchases\tAuthorization: Bearer %s\n' "$id" "${TOKENS[$rep]}"
		done >>"$f"
	f=$OUT/s5-dashboard.txt
	printf 'GET\t/api/v1/stats/dashboard\tAuthorization: Bearer %s\n' "${TOKENS[manager]}" >"$f"
}

run_wrk() { # name url requests-file connections duration -> RESULT line
	local threads=$THREADS
	[ "$4" -lt $threads ] && threads=$4
	WRK_REQUESTS=$3 WRK_THREADS=$threads wrk -t"$threads" -c"$4" -d"$5"s --timeout 10s \
		-s "$ROOT/perf/wrk/requests.lua" "$2" >"$OUT/wrk-$1.log" 2>&1 || true
	grep '^RESULT' "$OUT/wrk-$1.log" || { cat "$OUT/wrk-$1.log" >&2; echo "RESULT requests=0 rps=0 p50_ms=0 p95_ms=0 p99_ms=0 status_errors=0 socket_errors=0"; }
}
field() { sed -nE "s/.* $1=([^ ]+).*/\1/p" <<<"$2"; }

declare -A RESULTS
measure() { # scenario target url file connections
	log "$1 on $2: warm-up ${WARMUP} s, then ${DURATION} s at $5 connections"
	run_wrk "$1-$2-warmup" "$3" "$4" "$5" "$WARMUP" >/dev/null
	RESULTS[$1-$2]=$(run_wrk "$1-$2" "$3" "$4" "$5" "$DURATION")
	echo "${RESULTS[$1-$2]}" >&2
}

SERVER=http://127.0.0.1:$SERVER_PORT
BASELINE=http://127.0.0.1:$BASELINE_PORT
write_requests
S4_REQUESTS=$OUT/s4-home.txt
: >"$S4_REQUESTS"
for i in $(seq 1 "$REPS"); do
	printf 'GET\t/app\tCookie: %s\tAccept: text/html\tAccept-Encoding: gzip\n' "$(session_cookie "$(rep_name "$i")")" >>"$S4_REQUESTS"
done
# A server runs for days: its code is measured compiled, as it then is. One pass over every read scenario
# first, on both servers, so that the first one measured does not pay for the JIT compiler's work.
log "warm-up pass: ${WARMUP} s of each read scenario on the server and the baseline"
for f in s1-upcoming s2-search s3-purchases; do
	run_wrk "warmup-$f-server" "$SERVER" "$OUT/$f.txt" "$CONNECTIONS" "$WARMUP" >/dev/null
	run_wrk "warmup-$f-baseline" "$BASELINE" "$OUT/$f.txt" "$CONNECTIONS" "$WARMUP" >/dev/null
done
run_wrk warmup-s4-server "$SERVER" "$S4_REQUESTS" "$CONNECTIONS" "$WARMUP" >/dev/null
run_wrk warmup-s5-server "$SERVER" "$OUT/s5-dashboard.txt" 2 "$WARMUP" >/dev/null
measure s1 server "$SERVER" "$OUT/s1-upcoming.txt" "$CONNECTIONS"
measure s1 baseline "$BASELINE" "$OUT/s1-upcoming.txt" "$CONNECTIONS"
measure s2 server "$SERVER" "$OUT/s2-search.txt" "$CONNECTIONS"
measure s2 baseline "$BASELINE" "$OUT/s2-search.txt" "$CONNECTIONS"
write_requests
measure s3 server "$SERVER" "$OUT/s3-purchases.txt" "$CONNECTIONS"
measure s3 baseline "$BASELINE" "$OUT/s3-purchases.txt" "$CONNECTIONS"

measure s4 server "$SERVER" "$S4_REQUESTS" "$CONNECTIONS"
# The same four, warm, at a few connections: at 32, a request mostly waits for the 31 before it (Little's law),
# so these say how long the server itself takes to answer one
for f in s1-upcoming s2-search s3-purchases; do
	RESULTS[${f%%-*}-few]=$(run_wrk "${f%%-*}-few" "$SERVER" "$OUT/$f.txt" "$FEW_CONNECTIONS" "$DURATION")
done
RESULTS[s4-few]=$(run_wrk s4-few "$SERVER" "$S4_REQUESTS" "$FEW_CONNECTIONS" "$DURATION")
write_requests
# the dashboard is a manager's page: one call at a time, then two managers at once
measure s5 server "$SERVER" "$OUT/s5-dashboard.txt" 1
measure s5x2 server "$SERVER" "$OUT/s5-dashboard.txt" 2

# --- scenario 6: issuing drafts concurrently, then checking numbers, stock and the audit chain ------------
tokens
YEAR=$(TZ=Europe/Paris date +%Y)
sql "$DB" -e "SELECT id, sales_rep_id - 1 FROM invoices WHERE status = 'DRAFT' ORDER BY id" |
	while read -r id rep; do
		printf 'POST\t/api/v1/invoices/%s/issue\tAuthorization: Bearer %s\n' "$id" "${TOKENS[$rep]}"
	done >"$OUT/s6-issue.txt"
DRAFTS_LEFT=$(wc -l <"$OUT/s6-issue.txt")
ISSUED_BEFORE=$(sql "$DB" -e "SELECT COUNT(*) FROM invoices WHERE status <> 'DRAFT'")
log "s6: issuing drafts, warm-up ${ISSUE_WARMUP} s, then ${DURATION} s at $CONNECTIONS connections ($DRAFTS_LEFT drafts available)"
# the warm-up issues drafts too: the measured run takes the ones left
run_wrk s6-server-warmup "$SERVER" "$OUT/s6-issue.txt" "$CONNECTIONS" "$ISSUE_WARMUP" >/dev/null
sleep 3 # the issues still in flight when wrk stopped end before the drafts left are listed
sql "$DB" -e "SELECT id, sales_rep_id - 1 FROM invoices WHERE status = 'DRAFT' ORDER BY id" |
	while read -r id rep; do
		printf 'POST\t/api/v1/invoices/%s/issue\tAuthorization: Bearer %s\n' "$id" "${TOKENS[$rep]}"
	done >"$OUT/s6-issue.txt"
ISSUED_BEFORE=$(sql "$DB" -e "SELECT COUNT(*) FROM invoices WHERE status <> 'DRAFT'")
RESULTS[s6-server]=$(run_wrk s6-server "$SERVER" "$OUT/s6-issue.txt" "$CONNECTIONS" "$DURATION")
echo "${RESULTS[s6-server]}" >&2
sleep 3 # the issues still in flight when wrk stopped end before anything is counted
ISSUED=$(($(sql "$DB" -e "SELECT COUNT(*) FROM invoices WHERE status <> 'DRAFT'") - ISSUED_BEFORE))
# one statement, so one snapshot: the counter, the numbers, and the highest of them
read -r SEQ_LAST NUMBERED DISTINCT_NUMBERS MAX_NUMBER < <(sql "$DB" -e "
	SELECT (SELECT last_value FROM document_sequences WHERE series = 'FA-$YEAR'),
	       COUNT(*), COUNT(DISTINCT number), MAX(CAST(SUBSTRING(number, 9) AS UNSIGNED))
	FROM invoices WHERE number LIKE 'FA-$YEAR-%'")
STOCK_MISMATCHES=$(sql "$DB" -e "
	SELECT COUNT(*) FROM stock_levels s
	WHERE s.quantity <> (SELECT COALESCE(SUM(m.quantity), 0) FROM stock_movements m WHERE m.product_id = s.product_id)
	   OR s.quantity < 0")
TOTAL_MISMATCHES=$(sql "$DB" -e "
	SELECT COUNT(*) FROM invoices i WHERE i.status <> 'DRAFT' AND i.issue_date = (SELECT MAX(issue_date) FROM invoices)
	  AND i.total_excl_vat <> (SELECT SUM(net_amount) FROM invoice_lines l WHERE l.invoice_id = i.id)")
log "audit chain check (the server re-reads and re-hashes every row)"
started=$(now_ms)
AUDIT=$(curl -sf --max-time 1200 "$SERVER/api/v1/audit/verify" -H "Authorization: Bearer $(token bench.manager)")
AUDIT_S=$((($(now_ms) - started) / 1000))
echo "$AUDIT ($AUDIT_S s)" >&2
GAPS=$((MAX_NUMBER - NUMBERED))
CONSISTENT=yes
[ "$SEQ_LAST" = "$NUMBERED" ] && [ "$NUMBERED" = "$DISTINCT_NUMBERS" ] && [ "$GAPS" = 0 ] && [ "$STOCK_MISMATCHES" = 0 ] &&
	[ "$TOTAL_MISMATCHES" = 0 ] && grep -q '"intact":true' <<<"$AUDIT" || CONSISTENT=no

# the heap in use peaks just before each collection: the GC log says how full it was then (sampling it
# from outside with jstat would take a core of its own); and now, after the last one
HEAP_PEAK_MB=$( (sed -nE 's/.* ([0-9]+)M->[0-9]+M\([0-9]+M\).*/\1/p' "$OUT/server-gc.log"; heap_used_mb $SERVER_PID; echo) |
	sort -n | tail -1)
RSS_PEAK_MB=$(rss_peak_mb $SERVER_PID)
GC_SHARE=$(jstat -gcutil $SERVER_PID | awk 'NR==2 { print $NF }')
UPTIME_S=$(jcmd $SERVER_PID VM.uptime | awk 'NR==2 { printf "%.0f", $1 }')

# --- the table ------------------------------------------------------------------------------------------
row() { # label result baseline-result
	local r=$2 b=${3:-}
	local ratio="—"
	if [ -n "$b" ]; then ratio=$(awk -v s="$(field rps "$r")" -v b="$(field rps "$b")" 'BEGIN { printf "%.0f %%", 100 * s / b }'); fi
	printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$1" "$(field rps "$r")" "$(field p50_ms "$r")" \
		"$(field p95_ms "$r")" "$(field p99_ms "$r")" "$(($(field status_errors "$r") + $(field socket_errors "$r")))" "$ratio"
}
{
	echo "Run of $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), wrk and both servers on the same machine."
	echo
	echo "Dataset (scale $SCALE, loaded in ${LOAD_S} s): $N_CUSTOMERS prospects/customers, $N_CONTACTS contacts, $N_APPOINTMENTS appointments, $N_INVOICES invoices, $N_LINES lines, $N_MOVEMENTS stock movements, $N_AUDIT audit rows."
	echo
	echo "A first warm-up pass of ${WARMUP} s over scenarios 1–5; then each scenario: ${WARMUP} s of warm-up (issuing: ${ISSUE_WARMUP} s), then ${DURATION} s measured; $CONNECTIONS connections unless said."
	echo
	echo "| scenario | req/s | p50 ms | p95 ms | p99 ms | errors | vs baseline (req/s) |"
	echo "|---|---:|---:|---:|---:|---:|---:|"
	row "1. upcoming appointments (server)" "${RESULTS[s1-server]}" "${RESULTS[s1-baseline]}"
	row "1. upcoming appointments (baseline)" "${RESULTS[s1-baseline]}"
	row "2. customer search, first page (server)" "${RESULTS[s2-server]}" "${RESULTS[s2-baseline]}"
	row "2. customer search, first page (baseline)" "${RESULTS[s2-baseline]}"
	row "3. purchase recap (server)" "${RESULTS[s3-server]}" "${RESULTS[s3-baseline]}"
	row "3. purchase recap (baseline)" "${RESULTS[s3-baseline]}"
	row "4. extranet home page, HTML" "${RESULTS[s4-server]}"
	row "1. upcoming appointments (server, $FEW_CONNECTIONS connections)" "${RESULTS[s1-few]}"
	row "2. customer search, first page (server, $FEW_CONNECTIONS connections)" "${RESULTS[s2-few]}"
	row "3. purchase recap (server, $FEW_CONNECTIONS connections)" "${RESULTS[s3-few]}"
	row "4. extranet home page, HTML ($FEW_CONNECTIONS connections)" "${RESULTS[s4-few]}"
	row "5. manager dashboard, 12 months (1 connection)" "${RESULTS[s5-server]}"
	row "5. manager dashboard, 12 months (2 connections)" "${RESULTS[s5x2-server]}"
	row "6. issuing invoices" "${RESULTS[s6-server]}"
	echo
	echo "Scenario 6: $ISSUED invoices issued ($(awk -v n="$ISSUED" -v d="$DURATION" 'BEGIN { printf "%.0f", n / d }')/s); FA-$YEAR numbers: $NUMBERED, distinct $DISTINCT_NUMBERS, highest $MAX_NUMBER, series counter $SEQ_LAST (gaps: $GAPS); stock levels that differ from their movements: $STOCK_MISMATCHES; totals that differ from their lines: $TOTAL_MISMATCHES; audit chain: $AUDIT checked in $AUDIT_S s. Consistent: **$CONSISTENT**."
	echo
	echo "Server memory: heap in use at most ${HEAP_PEAK_MB} MB (before each collection, from the GC log; heap limit 512 MB), RSS peak ${RSS_PEAK_MB} MB, ${GC_SHARE} s in GC over ${UPTIME_S} s."
	echo "Embedded defaults: first start (migrations + demo data) to ready ${FIRST_START_MS} ms, restart to ready ${START_MS} ms (median of 3; $(java -version 2>&1 | head -1 | cut -d'"' -f2), \`java -jar\`), restart with the class-data archive $CDS_START, with the AOT cache $AOT_START (medians of 3); at rest after a GC: heap ${REST_HEAP_MB} MB, RSS ${REST_RSS_MB} MB."
} | tee "$ROOT/perf/target/bench-results.md"
