#!/usr/bin/env bash
# Two InfoTools instances on one MariaDB database behind nginx (deploy/nginx/infotools.conf), all on loopback:
# the web tier's configuration, a user who keeps working when the instance that served them stops (API token and
# extranet session), rate limits that hold across instances, client addresses trusted from the proxy only,
# JSON logs, metrics behind their token. Needs root (nginx binds its ports as root here), MariaDB on 127.0.0.1:3306
# (root, no password), nginx and the server jar (built when missing). Ends with "N passed, N failed"; exits 1
# when a check fails. Usage: deploy/test/two-instances.sh   (about a minute once the jar is built)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
. "$ROOT/deploy/test/lib.sh"

PORT_A=${PORT_A:-28081}
PORT_B=${PORT_B:-28082}
HTTP_PORT=${HTTP_PORT:-28080}
HTTPS_PORT=${HTTPS_PORT:-28443}
SITE=infotools.example
PROXY_ADDRESS=127.0.0.2   # nginx connects to the instances from this address, the only one they trust
PASSWORD='InfoTools2026!'
DB=infotools_2inst_$$
WORK=$(mktemp -d /tmp/infotools-2inst.XXXXXX)
SCRAPE_TOKEN=$(openssl rand -hex 16)

need nginx curl openssl mariadb java python3 ss
ports_free $PORT_A $PORT_B $HTTP_PORT $HTTPS_PORT
JAR=$(server_jar "$ROOT")

cleanup() {
  set +e
  [ -f "$WORK/nginx/nginx.pid" ] && kill -QUIT "$(cat "$WORK/nginx/nginx.pid")" 2>/dev/null
  for n in a b; do
    [ -f "$WORK/$n.pid" ] && kill -TERM "$(cat "$WORK/$n.pid")" 2>/dev/null
  done
  wait 2>/dev/null
  sql -e "DROP DATABASE IF EXISTS $DB" 2>/dev/null
  if [ "${KEEP_WORK:-}" = 1 ]; then echo "logs kept in $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

echo "== MariaDB database $DB"
sql -e "CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci" || die "MariaDB does not answer"

echo "== two instances of $(basename "$JAR") (prod profile, the embedded directory instead of AD)"
export SPRING_PROFILES_ACTIVE=prod
export INFOTOOLS_DB_URL="jdbc:mariadb://127.0.0.1:3306/$DB" INFOTOOLS_DB_USER=root INFOTOOLS_DB_PASSWORD=
export INFOTOOLS_AD_DOMAIN=infotools.local INFOTOOLS_AD_URL=ldaps://unused.invalid:636 INFOTOOLS_AD_ROOT_DN=DC=infotools,DC=local
export INFOTOOLS_TOKEN_SECRET=$(openssl rand -base64 32)
export INFOTOOLS_MAIL_MODE=outbox-only
export INFOTOOLS_TRUSTED_PROXIES='127\.0\.0\.2'
export INFOTOOLS_METRICS_TOKEN=$SCRAPE_TOKEN
started=$(date +%s)
# instance a writes JSON (ECS) log lines to a rotating file, as docs/operations.md describes
LOGGING_FILE_NAME=$WORK/a-log/infotools.log LOGGING_STRUCTURED_FORMAT_FILE=ecs \
  start_server a "$PORT_A" "$WORK" -- --infotools.directory.mode=embedded
wait_ready a "$PORT_A" "$WORK"
start_server b "$PORT_B" "$WORK" -- --infotools.directory.mode=embedded
wait_ready b "$PORT_B" "$WORK"
echo "   both ready in $(($(date +%s) - started)) s"

echo "== nginx on 127.0.0.1:$HTTP_PORT and :$HTTPS_PORT with deploy/nginx/infotools.conf"
mkdir -p "$WORK/nginx/tmp" "$WORK/nginx/cache"
bash "$ROOT/deploy/nginx/self-signed.sh" "$WORK/tls" "$SITE" "www.$SITE" >/dev/null
sed -e "s#server 10.0.1.11:8080#server 127.0.0.1:$PORT_A#" \
    -e "s#server 10.0.1.12:8080#server 127.0.0.1:$PORT_B#" \
    -e "s#/var/cache/nginx/infotools#$WORK/nginx/cache#" \
    -e "s#listen 80;#listen 127.0.0.1:$HTTP_PORT;#" \
    -e "s#listen 443 ssl http2;#listen 127.0.0.1:$HTTPS_PORT ssl http2;#" \
    -e '/listen \[::\]/d' \
    -e "s#/etc/ssl/infotools/#$WORK/tls/#" \
    -e "s#/var/log/nginx/#$WORK/nginx/#" \
    -e "s#X-Forwarded-Port 443#X-Forwarded-Port $HTTPS_PORT#" \
    -e "s#proxy_connect_timeout 5s;#proxy_connect_timeout 5s;\n    proxy_bind $PROXY_ADDRESS;#" \
    "$ROOT/deploy/nginx/infotools.conf" >"$WORK/nginx/infotools.conf"
# the replacements must all have happened, or this test no longer tests the shipped file
for expected in "127.0.0.1:$PORT_A" "127.0.0.1:$PORT_B" "$WORK/nginx/cache" "127.0.0.1:$HTTPS_PORT ssl" \
    "$WORK/tls/fullchain.pem" "proxy_bind $PROXY_ADDRESS"; do
  grep -qF "$expected" "$WORK/nginx/infotools.conf" || die "deploy/nginx/infotools.conf changed: no '$expected' after the site replacements"
done
! grep -qE '10\.0\.1\.1[12]|/etc/ssl/|/var/log/' "$WORK/nginx/infotools.conf" || die "a production address or path is left in the test configuration"
cat >"$WORK/nginx/nginx.conf" <<EOF
user root;
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    client_body_temp_path $WORK/nginx/tmp/body;
    proxy_temp_path $WORK/nginx/tmp/proxy;
    fastcgi_temp_path $WORK/nginx/tmp/fastcgi;
    uwsgi_temp_path $WORK/nginx/tmp/uwsgi;
    scgi_temp_path $WORK/nginx/tmp/scgi;
    access_log off;
    include $WORK/nginx/infotools.conf;
}
EOF
nginx -t -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" 2>"$WORK/nginx/t.log" || { cat "$WORK/nginx/t.log"; die "nginx -t refused the configuration"; }
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" || die "nginx did not start"

LOG=$WORK/nginx/infotools-access.log
JAR_COOKIES=$WORK/browser.cookies
BASE=https://$SITE:$HTTPS_PORT
web() { curl -sS --resolve "$SITE:$HTTPS_PORT:127.0.0.1" --resolve "www.$SITE:$HTTPS_PORT:127.0.0.1" --cacert "$WORK/tls/ca.pem" "$@"; }
status() { web -o /dev/null -w '%{http_code}' "$@"; }
header() { # header NAME curl-args...: the value of a response header
  local name=$1
  shift
  web -o /dev/null -D - "$@" | tr -d '\r' | awk -v n="$(echo "$name" | tr 'A-Z' 'a-z')" -F': ' 'tolower($1) == n { print $2 }' | tail -1
}
json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
# the instance that answered the last request matching $1 (after a failover nginx logs "tried, answered")
last_upstream() { grep -F "$1" "$LOG" | tail -1 | sed -n 's/.* upstream=\(.*\) ut=.*/\1/p' | awk -F', ' '{ print $NF }'; }
login_address() { sql "$DB" -e "SELECT client_address FROM login_events WHERE username = '$1' ORDER BY id DESC LIMIT 1"; }
token_request() { # token_request USER PASSWORD [curl args...]: prints the HTTP status, the body in $WORK/token.json
  local user=$1 password=$2
  shift 2
  curl -sS -o "$WORK/token.json" -w '%{http_code}' -H 'Content-Type: application/json' \
    -d "{\"username\":\"$user\",\"password\":\"$password\"}" "$@"
}

echo "== the web tier"
expect_eq "HTTP answers 301" 301 "$(curl -sS -o /dev/null -w '%{http_code}' -H "Host: $SITE" "http://127.0.0.1:$HTTP_PORT/produits?x=1")"
expect_eq "... to the same page over HTTPS" "https://$SITE/produits?x=1" \
  "$(curl -sS -o /dev/null -w '%{redirect_url}' -H "Host: $SITE" "http://127.0.0.1:$HTTP_PORT/produits?x=1")"
expect_eq "the www alias answers 301 to the canonical name" "301 https://$SITE/rendez-vous" \
  "$(web -o /dev/null -w '%{http_code} %{redirect_url}' "https://www.$SITE:$HTTPS_PORT/rendez-vous")"
expect_eq "the home page over TLS (certificate checked)" 200 "$(status "$BASE/")"
web -o /dev/null -D "$WORK/home.headers" "$BASE/"
check "HSTS" grep -qi '^strict-transport-security: max-age=31536000; includeSubDomains' "$WORK/home.headers"
check "X-Content-Type-Options nosniff" grep -qi '^x-content-type-options: nosniff' "$WORK/home.headers"
check "X-Frame-Options DENY" grep -qi '^x-frame-options: DENY' "$WORK/home.headers"
check "the server's Content-Security-Policy passes" grep -qi "^content-security-policy: default-src 'self'" "$WORK/home.headers"
check "one HSTS header, not two" test "$(grep -ci '^strict-transport-security' "$WORK/home.headers")" -eq 1
check "no nginx version shown" grep -qi '^server: nginx\s*$' "$WORK/home.headers"
web -o "$WORK/sitemap.xml" "$BASE/sitemap.xml"
check "the server builds its public links from what nginx forwards (https, name, port)" grep -q "<loc>$BASE/" "$WORK/sitemap.xml"
css=/css/site.css
expect_eq "static files are compressed" gzip "$(header Content-Encoding -H 'Accept-Encoding: gzip' "$BASE$css")"
web -o /dev/null "$BASE$css"
expect_eq "... and cached by nginx" HIT "$(header X-Cache-Status "$BASE$css")"
head -c 3000000 /dev/zero | tr '\0' 'a' >"$WORK/big.json"
expect_eq "a 3 MB request body is refused (limit 2 MB)" 413 \
  "$(status -H 'Content-Type: application/json' --data-binary @"$WORK/big.json" "$BASE/api/v1/auth/token")"
expect_eq "metrics are not served to the internet" 403 "$(status -H "Authorization: Bearer $SCRAPE_TOKEN" "$BASE/actuator/prometheus")"
expect_eq "metrics on the instance need the scrape token" 401 "$(curl -sS -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT_A/actuator/prometheus")"
curl -fsS -o "$WORK/metrics.txt" -H "Authorization: Bearer $SCRAPE_TOKEN" "http://127.0.0.1:$PORT_A/actuator/prometheus" || true
check "... which opens them" grep -q '^infotools_mail_outbox_messages{' "$WORK/metrics.txt"

echo "== a sales rep logs in: API token and extranet session"
expect_eq "API login through nginx" 200 "$(token_request jdupont "$PASSWORD" --resolve "$SITE:$HTTPS_PORT:127.0.0.1" --cacert "$WORK/tls/ca.pem" "$BASE/api/v1/auth/token")"
ACCESS=$(json "['accessToken']" <"$WORK/token.json")
REFRESH=$(json "['refreshToken']" <"$WORK/token.json")
expect_eq "the API answers with the token" jdupont "$(web -H "Authorization: Bearer $ACCESS" "$BASE/api/v1/me" | json "['username']")"
expect_eq "the server recorded the client's address, not the proxy's" 127.0.0.1 "$(login_address jdupont)"
csrf=$(web -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/login" | sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' | head -1)
[ -n "$csrf" ] || die "no CSRF token in the login form"
expect_eq "form login redirects to the extranet" "302 https://$SITE:$HTTPS_PORT/app" "$(web -c "$JAR_COOKIES" -b "$JAR_COOKIES" -o /dev/null -w '%{http_code} %{redirect_url}' \
  --data-urlencode username=jdupont --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$csrf" "$BASE/login")"
check "the session cookie is Secure and HttpOnly" grep -q '^#HttpOnly_'"$SITE"'.*TRUE.*JSESSIONID' "$JAR_COOKIES"
web -c "$JAR_COOKIES" -b "$JAR_COOKIES" -o "$WORK/app.html" -w '%{http_code}' "$BASE/app" >"$WORK/app.status"
expect_eq "the extranet page" 200 "$(cat "$WORK/app.status")"
check "... shows the rep" grep -q 'Jean Dupont' "$WORK/app.html"
check "the session is in the database (Spring Session JDBC)" test "$(sql "$DB" -e "SELECT COUNT(*) FROM SPRING_SESSION WHERE PRINCIPAL_NAME = 'jdupont'")" -ge 1

echo "== client addresses: trusted from the proxy only"
token_request ghost1 wrong --interface 127.0.0.3 -H 'X-Forwarded-For: 203.0.113.9' --resolve "$SITE:$HTTPS_PORT:127.0.0.1" \
  --cacert "$WORK/tls/ca.pem" "$BASE/api/v1/auth/token" >/dev/null
expect_eq "through nginx, a forged X-Forwarded-For is replaced by the real client" 127.0.0.3 "$(login_address ghost1)"
token_request ghost2 wrong -H 'X-Forwarded-For: 203.0.113.9' "http://127.0.0.1:$PORT_B/api/v1/auth/token" >/dev/null
expect_eq "straight to an instance, X-Forwarded-For is ignored" 127.0.0.1 "$(login_address ghost2)"

echo "== the login throttle holds across instances"
for i in 1 2 3 4 5; do
  expect_eq "wrong password $i for sleroy" 401 "$(token_request sleroy wrong --resolve "$SITE:$HTTPS_PORT:127.0.0.1" --cacert "$WORK/tls/ca.pem" "$BASE/api/v1/auth/token")"
done
served=$(grep -F 'POST /api/v1/auth/token' "$LOG" | tail -5 | sed -n 's/.* upstream=\(.*\) ut=.*/\1/p' | sort -u | wc -l)
expect_eq "the five failures were spread over both instances" 2 "$served"
expect_eq "the sixth attempt, even with the right password, is throttled" 429 \
  "$(token_request sleroy "$PASSWORD" --resolve "$SITE:$HTTPS_PORT:127.0.0.1" --cacert "$WORK/tls/ca.pem" "$BASE/api/v1/auth/token")"
expect_eq "... by instance a" 429 "$(token_request sleroy "$PASSWORD" "http://127.0.0.1:$PORT_A/api/v1/auth/token")"
expect_eq "... and by instance b" 429 "$(token_request sleroy "$PASSWORD" "http://127.0.0.1:$PORT_B/api/v1/auth/token")"

echo "== the instance that served the rep stops"
web -b "$JAR_COOKIES" -o /dev/null "$BASE/app"
serving=$(last_upstream 'GET /app ')
case "$serving" in
  "127.0.0.1:$PORT_A") victim=a; survivor_port=$PORT_B ;;
  "127.0.0.1:$PORT_B") victim=b; survivor_port=$PORT_A ;;
  *) die "could not tell which instance served /app (upstream '$serving')" ;;
esac
echo "   instance $victim served /app: SIGTERM"
stop_server "$victim" "$WORK"
check "it shut down gracefully" grep -q 'Graceful shutdown complete' "$WORK/$victim.out"
expect_eq "... with the status systemd treats as success (SuccessExitStatus=143)" 143 "$STOP_STATUS"
expect_eq "the API token still works" jdupont "$(web -H "Authorization: Bearer $ACCESS" "$BASE/api/v1/me" | json "['username']")"
expect_eq "... answered by the other instance" "127.0.0.1:$survivor_port" "$(last_upstream 'GET /api/v1/me ')"
web -b "$JAR_COOKIES" -o "$WORK/app2.html" -w '%{http_code}' "$BASE/app" >"$WORK/app2.status"
expect_eq "the extranet session still works (no new login)" 200 "$(cat "$WORK/app2.status")"
check "... as the same rep" grep -q 'Jean Dupont' "$WORK/app2.html"
expect_eq "... answered by the other instance" "127.0.0.1:$survivor_port" "$(last_upstream 'GET /app ')"
expect_eq "the refresh token still works" 200 "$(web -o "$WORK/refresh.json" -w '%{http_code}' -H 'Content-Type: application/json' \
  -d "{\"refreshToken\":\"$REFRESH\"}" "$BASE/api/v1/auth/refresh")"
expect_eq "the throttle is still there" 429 "$(token_request sleroy "$PASSWORD" --resolve "$SITE:$HTTPS_PORT:127.0.0.1" --cacert "$WORK/tls/ca.pem" "$BASE/api/v1/auth/token")"

echo "== logs"
if [ -f "$WORK/a-log/infotools.log" ]; then
  check "instance a wrote JSON (ECS) lines to its log file" python3 -c "
import json, sys
lines = [json.loads(l) for l in open('$WORK/a-log/infotools.log') if l.strip()]
assert lines and all('@timestamp' in l and 'message' in l for l in lines), lines[:2]
assert any('Started' in l['message'] for l in lines), 'no start line'
"
else
  fail "instance a has no log file"
fi
echo "   total $(($(date +%s) - started)) s"
summary
