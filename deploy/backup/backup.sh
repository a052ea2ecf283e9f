#!/usr/bin/env bash
# InfoTools backup: a consistent dump of the database (taken while the servers run), the configuration, the
# server's files, the audit chain's head, checksums; then old backups are removed. Run it daily (cron or a systemd
# timer, see docs/operations.md) on the database server or a backup host.
#
# Everything is set by environment variables (or a file named by BACKUP_CONFIG, sourced first):
#   DB_NAME         database to dump                                 (infotools)
#   DB_DEFAULTS     MariaDB option file with [client] host, user, password; nothing secret on the command line
#                                                                    (/etc/infotools/backup.cnf)
#   BACKUP_DIR      where backups go, one folder each               (/var/backups/infotools)
#   CONFIG_PATHS    configuration to copy, space-separated           (/etc/infotools /etc/nginx/conf.d/infotools.conf)
#   FILES_PATHS     the server's own files, space-separated          (/var/lib/infotools)
#   RETENTION_DAYS  backups older than this are removed              (14)
#   KEEP_MIN        ... but the newest KEEP_MIN are always kept      (3)
#   METRICS_TEXTFILE where to write the time of this success for node_exporter's textfile collector, e.g.
#                   /var/lib/prometheus/node-exporter/infotools_backup.prom (none)
# Paths that do not exist are skipped with a note. Output: BACKUP_DIR/infotools-YYYYMMDD-HHMMSS/ with
# database.sql.gz, config.tar.gz, files.tar.gz, audit-head.txt, SHA256SUMS. Exit status non-zero on any failure,
# and nothing half-written is left under a final name.
set -euo pipefail
[ -n "${BACKUP_CONFIG:-}" ] && . "$BACKUP_CONFIG"
DB_NAME=${DB_NAME:-infotools}
DB_DEFAULTS=${DB_DEFAULTS:-/etc/infotools/backup.cnf}
BACKUP_DIR=${BACKUP_DIR:-/var/backups/infotools}
CONFIG_PATHS=${CONFIG_PATHS:-/etc/infotools /etc/nginx/conf.d/infotools.conf}
FILES_PATHS=${FILES_PATHS:-/var/lib/infotools}
RETENTION_DAYS=${RETENTION_DAYS:-14}
KEEP_MIN=${KEEP_MIN:-3}
METRICS_TEXTFILE=${METRICS_TEXTFILE:-}

log() { echo "$(date '+%F %T') backup: $*"; }
mysql_opts=()
[ -f "$DB_DEFAULTS" ] && mysql_opts=(--defaults-extra-file="$DB_DEFAULTS")

umask 077
mkdir -p "$BACKUP_DIR"
exec 9>"$BACKUP_DIR/.lock"
flock -n 9 || { log "another backup is running"; exit 1; }

name=infotools-$(date +%Y%m%d-%H%M%S)
work=$BACKUP_DIR/.$name.partial
trap 'rm -rf "$work"' EXIT
mkdir "$work"

log "database $DB_NAME"
# --single-transaction: one consistent snapshot of the InnoDB tables without locking the servers out;
# triggers (the audit trail's append-only guard), routines and events are included
mariadb-dump "${mysql_opts[@]}" --single-transaction --quick --hex-blob --routines --triggers --events \
  --default-character-set=utf8mb4 "$DB_NAME" | gzip -6 >"$work/database.sql.gz"
# a dump that ends early has no completion line
gzip -dc "$work/database.sql.gz" | tail -1 | grep -q '^-- Dump completed' || { log "the dump is incomplete"; exit 1; }

# the audit chain's head at the time of the dump, kept apart from the database: a later rewrite of the chain
# cannot match it (docs/audit.md)
mariadb "${mysql_opts[@]}" -N -B "$DB_NAME" -e "SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1" \
  >"$work/audit-head.txt"

archive() { # archive NAME PATHS...: a tar of the paths that exist (absolute paths kept, without the leading /)
  local out=$1
  shift
  local present=()
  for p in "$@"; do
    if [ -e "$p" ]; then present+=("${p#/}"); else log "skipped $p (absent)"; fi
  done
  if [ ${#present[@]} -eq 0 ]; then
    tar -czf "$work/$out" -T /dev/null
  else
    tar -czf "$work/$out" -C / "${present[@]}"
  fi
}
log "configuration: $CONFIG_PATHS"
# shellcheck disable=SC2086
archive config.tar.gz $CONFIG_PATHS
log "files: $FILES_PATHS"
# shellcheck disable=SC2086
archive files.tar.gz $FILES_PATHS

(cd "$work" && sha256sum database.sql.gz config.tar.gz files.tar.gz audit-head.txt >SHA256SUMS)
mv "$work" "$BACKUP_DIR/$name"
trap - EXIT
log "done: $BACKUP_DIR/$name ($(du -sh "$BACKUP_DIR/$name" | cut -f1))"

# retention: older than RETENTION_DAYS, except the newest KEEP_MIN
mapfile -t all < <(find "$BACKUP_DIR" -mindepth 1 -maxdepth 1 -type d -name 'infotools-*' | sort -r)
for ((i = KEEP_MIN; i < ${#all[@]}; i++)); do
  if [ -n "$(find "${all[$i]}" -maxdepth 0 -mtime +"$RETENTION_DAYS")" ]; then
    log "removed ${all[$i]} (older than $RETENTION_DAYS days)"
    rm -rf "${all[$i]}"
  fi
done
# supervision: the alert InfotoolsBackupTooOld fires when this time is more than 26 hours old
if [ -n "$METRICS_TEXTFILE" ]; then
  {
    echo "# HELP infotools_backup_last_success_timestamp_seconds When the last InfoTools backup succeeded."
    echo "# TYPE infotools_backup_last_success_timestamp_seconds gauge"
    echo "infotools_backup_last_success_timestamp_seconds $(date +%s)"
    echo "# HELP infotools_backup_size_bytes Size of the last InfoTools backup."
    echo "# TYPE infotools_backup_size_bytes gauge"
    echo "infotools_backup_size_bytes $(du -sb "$BACKUP_DIR/$name" | cut -f1)"
  } >"$METRICS_TEXTFILE.tmp"
  chmod 644 "$METRICS_TEXTFILE.tmp"
  mv "$METRICS_TEXTFILE.tmp" "$METRICS_TEXTFILE"
fi
echo "$BACKUP_DIR/$name"
