#!/usr/bin/env bash
# Backs up the database named by DATABASE_URL into a new file, while the server keeps running.
#   MySQL/MariaDB: mariadb-dump in one consistent snapshot (--single-transaction; every table is
#                  InnoDB), gzip-compressed: FILE.sql.gz
#   SQLite:        SQLite's online backup API: FILE.sqlite
# usage: DATABASE_URL=... deploy/backup.sh FILE
set -euo pipefail
source "$(dirname "$0")/db-url.sh"

out="${1:-}"
[ -n "$out" ] || { echo "usage: DATABASE_URL=... $0 <backup file>" >&2; exit 2; }
[ ! -e "$out" ] || { echo "$out already exists; choose a new file name" >&2; exit 1; }

if [ "$DB_KIND" = mysql ]; then
  tmp="$out.partial"
  trap 'rm -f "$tmp"' EXIT
  mariadb-dump "${MYSQL_CONN[@]}" --single-transaction --quick --routines --triggers --hex-blob \
    --no-tablespaces --skip-add-locks "$DB_NAME" | gzip -c > "$tmp"
  # Only a dump that ran to its end is kept: mariadb-dump writes this line last.
  gzip -dc "$tmp" | tail -n 1 | grep -q '^-- Dump completed' || { echo "mariadb-dump did not complete" >&2; exit 1; }
  mv "$tmp" "$out"
  trap - EXIT
else
  run_cli sqlite-backup "$out"
fi
echo "backup written to $out"
