#!/usr/bin/env bash
# Backup and restore, end to end: a server fills a throwaway MariaDB database with the demo dataset; while it runs,
# deploy/backup/backup.sh backs it up (with a configuration folder and a files folder); old backups are pruned;
# deploy/backup/restore.sh restores into an empty database; every table has the same row count; a server started
# on the restored database says the audit chain verifies (GET /api/v1/audit/verify), and the append-only triggers
# are back. Needs MariaDB on 127.0.0.1:3306 (root, no password), java and the server jar (built when missing).
# Ends with "N passed, N failed"; exits 1 when a check fails. Usage: deploy/test/backup-restore.sh
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
. "$ROOT/deploy/test/lib.sh"

PORT_SOURCE=${PORT_SOURCE:-28091}
PORT_RESTORED=${PORT_RESTORED:-28092}
SOURCE=infotools_bk_src_$$
RESTORED=infotools_bk_dst_$$
PASSWORD='InfoTools2026!'
WORK=$(mktemp -d /tmp/infotools-backup.XXXXXX)

need mariadb mariadb-dump java curl python3 flock ss
ports_free $PORT_SOURCE $PORT_RESTORED
JAR=$(server_jar "$ROOT")

cleanup() {
  set +e
  for n in source restored; do
    [ -f "$WORK/$n.pid" ] && kill -TERM "$(cat "$WORK/$n.pid")" 2>/dev/null
  done
  wait 2>/dev/null
  sql -e "DROP DATABASE IF EXISTS $SOURCE; DROP DATABASE IF EXISTS $RESTORED" 2>/dev/null
  if [ "${KEEP_WORK:-}" = 1 ]; then echo "files kept in $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

verify_audit() { # verify_audit PORT: the audit check's answer, as a manager
  local token
  token=$(curl -fsS -H 'Content-Type: application/json' -d "{\"username\":\"mmartin\",\"password\":\"$PASSWORD\"}" \
    "http://127.0.0.1:$1/api/v1/auth/token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')
  curl -fsS -H "Authorization: Bearer $token" "http://127.0.0.1:$1/api/v1/audit/verify"
}
row_counts() { # row_counts DB: "table count" per line, every base table
  local t
  for t in $(sql -e "SELECT table_name FROM information_schema.tables WHERE table_schema = '$1' AND table_type = 'BASE TABLE' ORDER BY table_name"); do
    echo "$t $(sql "$1" -e "SELECT COUNT(*) FROM \`$t\`")"
  done
}
start_on() { # start_on NAME PORT DATABASE: the server on the embedded defaults but MariaDB (demo data on an empty db)
  start_server "$1" "$2" "$WORK" -- --spring.datasource.url="jdbc:mariadb://127.0.0.1:3306/$3" \
    --spring.datasource.username=root --spring.datasource.password= --infotools.data-dir="$WORK/data-$1"
  wait_ready "$1" "$2" "$WORK"
}

started=$(date +%s)
echo "== a server fills $SOURCE with the demo dataset"
sql -e "CREATE DATABASE $SOURCE CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci" || die "MariaDB does not answer"
start_on source "$PORT_SOURCE" "$SOURCE"
verify_audit "$PORT_SOURCE" >"$WORK/verify-source.json" || die "the audit check did not answer on the source"
source_rows=$(python3 -c 'import json,sys; r=json.load(sys.stdin); assert r["intact"], r; print(r["rowsChecked"])' <"$WORK/verify-source.json") \
  || die "the source's audit chain does not verify: $(cat "$WORK/verify-source.json")"
pass "the source's audit chain verifies ($source_rows rows)"
check "the demo dataset is there" test "$(sql "$SOURCE" -e 'SELECT COUNT(*) FROM customers')" -ge 80

echo "== backup.sh while the server runs"
mkdir -p "$WORK/etc/infotools" "$WORK/var/lib/infotools/exports" "$WORK/backups"
echo "INFOTOOLS_DB_URL=jdbc:mariadb://127.0.0.1:3306/$SOURCE" >"$WORK/etc/infotools/infotools.env"
head -c 100000 /dev/urandom >"$WORK/var/lib/infotools/exports/report.bin"
printf '[client]\nhost=127.0.0.1\nuser=root\n' >"$WORK/backup.cnf"
# two backups from long ago, and three recent ones: retention (14 days, at least 3 kept) removes the old two only
for old in infotools-20200101-020000 infotools-20200102-020000; do
  mkdir "$WORK/backups/$old" && touch -d '30 days ago' "$WORK/backups/$old"
done
for recent in infotools-20990101-020000 infotools-20990102-020000; do
  mkdir "$WORK/backups/$recent"
done
export DB_NAME=$SOURCE DB_DEFAULTS=$WORK/backup.cnf BACKUP_DIR=$WORK/backups RETENTION_DAYS=14 KEEP_MIN=3
export CONFIG_PATHS="$WORK/etc/infotools $WORK/etc/absent.conf" FILES_PATHS="$WORK/var/lib/infotools"
export METRICS_TEXTFILE=$WORK/infotools_backup.prom
bash "$ROOT/deploy/backup/backup.sh" >"$WORK/backup.log" 2>&1 || { cat "$WORK/backup.log"; die "backup.sh failed"; }
cat "$WORK/backup.log" | sed 's/^/   /'
BACKUP=$(tail -1 "$WORK/backup.log")
check "the backup folder holds the dump, the archives and their checksums" test -s "$BACKUP/database.sql.gz" \
  -a -s "$BACKUP/config.tar.gz" -a -s "$BACKUP/files.tar.gz" -a -s "$BACKUP/SHA256SUMS"
check "the dump is a consistent snapshot (--single-transaction) and complete" bash -c \
  "gzip -dc '$BACKUP/database.sql.gz' | tail -1 | grep -q '^-- Dump completed'"
check "the audit triggers are in the dump" bash -c "gzip -dc '$BACKUP/database.sql.gz' | grep -q 'audit_log_no_update'"
check "old backups were removed" test ! -e "$WORK/backups/infotools-20200101-020000" -a ! -e "$WORK/backups/infotools-20200102-020000"
check "recent ones were kept" test -d "$WORK/backups/infotools-20990101-020000" -a -d "$WORK/backups/infotools-20990102-020000"
check "the success is written for node_exporter" grep -q '^infotools_backup_last_success_timestamp_seconds [0-9]' "$WORK/infotools_backup.prom"
check "nothing half-written is left" test -z "$(find "$WORK/backups" -maxdepth 1 -name '*.partial')"

echo "== the source stops; what it holds is what was backed up"
stop_server source "$WORK"
row_counts "$SOURCE" >"$WORK/rows-source.txt"

echo "== restore.sh into the empty $RESTORED"
bash "$ROOT/deploy/backup/restore.sh" "$BACKUP" "$RESTORED" --config-to "$WORK/restored-config" \
  --files-to "$WORK/restored-files" >"$WORK/restore.log" 2>&1 || { cat "$WORK/restore.log"; die "restore.sh failed"; }
sed 's/^/   /' "$WORK/restore.log"
row_counts "$RESTORED" >"$WORK/rows-restored.txt"
tables=$(wc -l <"$WORK/rows-source.txt")
rows=$(awk '{ s += $2 } END { print s }' "$WORK/rows-source.txt")
if diff "$WORK/rows-source.txt" "$WORK/rows-restored.txt" >"$WORK/rows.diff"; then
  pass "same row count in all $tables tables ($rows rows)"
else
  fail "row counts differ:"; cat "$WORK/rows.diff" >&2
fi
check "the audit triggers are restored" test "$(sql -e "SELECT COUNT(*) FROM information_schema.triggers WHERE trigger_schema = '$RESTORED' AND event_object_table = 'audit_log'")" -eq 2
check "the restored audit trail is still append-only" bash -c \
  "mariadb -h127.0.0.1 -uroot $RESTORED -e 'UPDATE audit_log SET actor = actor WHERE id = 1' 2>&1 | grep -q 'append-only'"
check "the configuration is restored" diff -r "$WORK/etc/infotools" "$WORK/restored-config${WORK}/etc/infotools"
check "the files are restored" cmp "$WORK/var/lib/infotools/exports/report.bin" "$WORK/restored-files${WORK}/var/lib/infotools/exports/report.bin"
check "a second restore over a filled database is refused" bash -c \
  "! bash '$ROOT/deploy/backup/restore.sh' '$BACKUP' '$RESTORED' >/dev/null 2>&1"
echo 'x' >>"$BACKUP/audit-head.txt"
check "a damaged backup is refused" bash -c "! bash '$ROOT/deploy/backup/restore.sh' '$BACKUP' ${RESTORED}_x >/dev/null 2>&1"
sql -e "DROP DATABASE IF EXISTS ${RESTORED}_x"

echo "== a server on the restored database"
start_on restored "$PORT_RESTORED" "$RESTORED"
verify_audit "$PORT_RESTORED" >"$WORK/verify-restored.json" || die "the audit check did not answer on the restored database"
restored_rows=$(python3 -c 'import json,sys; r=json.load(sys.stdin); print(r["rowsChecked"] if r["intact"] else "broken: %s" % r)' <"$WORK/verify-restored.json")
# the restored rows, plus what the server wrote since (the manager's login is audited too)
expect_eq "the restored audit chain verifies, every row" "$(sql "$RESTORED" -e 'SELECT COUNT(*) FROM audit_log')" "$restored_rows"
backed_up=$(awk '$1 == "audit_log" { print $2 }' "$WORK/rows-source.txt")
check "... which includes the $backed_up rows backed up" test "$restored_rows" -ge "$backed_up"
check "the demo dataset was not loaded again" test "$(sql "$RESTORED" -e 'SELECT COUNT(*) FROM customers')" -eq "$(sql "$SOURCE" -e 'SELECT COUNT(*) FROM customers')"
echo "   total $(($(date +%s) - started)) s"
summary
