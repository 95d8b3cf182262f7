#!/usr/bin/env bash
# Restores a backup made by backup.sh into the database named by DATABASE_URL, which must be new:
#   MySQL/MariaDB: the database must exist and hold no tables
#                  (CREATE DATABASE db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci);
#   SQLite:        the file must not exist (stop the server, move the old file aside).
# A restore therefore never overwrites data. Point the server at the restored database and start it.
# usage: DATABASE_URL=... deploy/restore.sh FILE
set -euo pipefail
source "$(dirname "$0")/db-url.sh"

in="${1:-}"
[ -n "$in" ] && [ -f "$in" ] || { echo "usage: DATABASE_URL=... $0 <backup file>" >&2; exit 2; }

if [ "$DB_KIND" = mysql ]; then
  tables="$(mariadb "${MYSQL_CONN[@]}" --batch --skip-column-names \
    -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()" "$DB_NAME")"
  [ "$tables" = 0 ] || { echo "database $DB_NAME is not empty ($tables tables): restore into a new database" >&2; exit 1; }
  gzip -dc "$in" | mariadb "${MYSQL_CONN[@]}" "$DB_NAME"
else
  run_cli sqlite-restore "$in"
fi
echo "restored $in"
