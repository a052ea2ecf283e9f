#!/usr/bin/env bash
# InfoTools restore: usage: restore.sh BACKUP_FOLDER TARGET_DATABASE [--config-to DIR] [--files-to DIR] [--force]
#   Checks the backup's checksums, restores the database dump into TARGET_DATABASE (created in utf8mb4 when absent;
#   refused when it already has tables, unless --force), checks that the audit chain's head in the database is the
#   one recorded by the backup, and unpacks the configuration and the files under the given folders (never over the
#   live ones: copy back what you need). Credentials as for backup.sh: DB_DEFAULTS (/etc/infotools/backup.cnf).
# Stop the servers (or point them at the restored database) before restoring over the database they use.
set -euo pipefail
usage() { echo "usage: restore.sh BACKUP_FOLDER TARGET_DATABASE [--config-to DIR] [--files-to DIR] [--force]" >&2; exit 2; }
[ $# -ge 2 ] || usage
backup=$1 target=$2
shift 2
config_to= files_to= force=
while [ $# -gt 0 ]; do
  case $1 in
    --config-to) config_to=$2; shift 2 ;;
    --files-to) files_to=$2; shift 2 ;;
    --force) force=1; shift ;;
    *) usage ;;
  esac
done
[[ $target =~ ^[A-Za-z0-9_]+$ ]] || { echo "restore: database name '$target' is not a plain name" >&2; exit 2; }
DB_DEFAULTS=${DB_DEFAULTS:-/etc/infotools/backup.cnf}
mysql_opts=()
[ -f "$DB_DEFAULTS" ] && mysql_opts=(--defaults-extra-file="$DB_DEFAULTS")
db() { mariadb "${mysql_opts[@]}" -N -B "$@"; }
log() { echo "$(date '+%F %T') restore: $*"; }

log "checking $backup"
(cd "$backup" && sha256sum --quiet -c SHA256SUMS) || { log "checksums do not match: backup damaged"; exit 1; }

db -e "CREATE DATABASE IF NOT EXISTS \`$target\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
tables=$(db -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$target'")
if [ "$tables" != 0 ] && [ -z "$force" ]; then
  log "database $target already has $tables tables: refused (--force to restore over it)"
  exit 1
fi

log "database into $target"
# the triggers' DEFINER is dropped so that they belong to the account that restores (which may not be the original
# one); the dump recreates each table before filling it
gzip -dc "$backup/database.sql.gz" | sed -E 's#/\*!50017 DEFINER=`[^`]*`@`[^`]*`\*/##; s#DEFINER=`[^`]*`@`[^`]*` ##' \
  | db "$target"

read -r want_id want_hash <"$backup/audit-head.txt"
read -r got_id got_hash < <(db "$target" -e "SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1")
if [ "$want_id $want_hash" != "$got_id $got_hash" ]; then
  log "the audit chain's head ($got_id) is not the one the backup recorded ($want_id)"
  exit 1
fi
log "audit chain head: row $got_id, hash $got_hash (as recorded)"

if [ -n "$config_to" ]; then
  mkdir -p "$config_to" && tar -xzf "$backup/config.tar.gz" -C "$config_to"
  log "configuration unpacked under $config_to"
fi
if [ -n "$files_to" ]; then
  mkdir -p "$files_to" && tar -xzf "$backup/files.tar.gz" -C "$files_to"
  log "files unpacked under $files_to"
fi
log "done. Verify the audit chain once a server runs on it: GET /api/v1/audit/verify as a manager"
