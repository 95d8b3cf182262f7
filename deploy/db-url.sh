# Sourced by backup.sh and restore.sh: reads DATABASE_URL (the server's own setting) into
# DB_KIND and, for MySQL/MariaDB, the client's connection options. The password goes to the client
# in MYSQL_PWD, never on a command line where `ps` would show it.
APP_DIR="${APP_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
DATABASE_URL="${DATABASE_URL:-sqlite:data/market.sqlite}"

case "$DATABASE_URL" in
  sqlite:*)
    DB_KIND=sqlite
    ;;
  mysql://* | mariadb://*)
    DB_KIND=mysql
    eval "$(node -e '
      const u = new URL(process.env.DATABASE_URL.replace(/^mariadb:/, "mysql:"));
      const q = (s) => "'"'"'" + String(s).replace(/'"'"'/g, "'"'"'\\'"'"''"'"'") + "'"'"'";
      console.log("DB_HOST=" + q(decodeURIComponent(u.hostname || "127.0.0.1")));
      console.log("DB_PORT=" + q(u.port || "3306"));
      console.log("DB_USER=" + q(decodeURIComponent(u.username || "root")));
      console.log("export MYSQL_PWD=" + q(decodeURIComponent(u.password)));
      console.log("DB_NAME=" + q(decodeURIComponent(u.pathname.replace(/^\//, ""))));
    ')"
    [ -n "$DB_NAME" ] || { echo "DATABASE_URL names no database" >&2; exit 2; }
    MYSQL_CONN=(--host="$DB_HOST" --port="$DB_PORT" --user="$DB_USER" --protocol=TCP --default-character-set=utf8mb4)
    ;;
  *)
    echo "DATABASE_URL must start with mysql:// or sqlite:" >&2
    exit 2
    ;;
esac

# The SQLite commands run from the built output (dist/), which a production install has; with
# MARKET_API_FROM_SOURCE=1 they run from src/ under ts-node (development and tests).
run_cli() {
  local name="$1"
  shift
  if [ "${MARKET_API_FROM_SOURCE:-}" = 1 ]; then
    (cd "$APP_DIR" && node -r ts-node/register/transpile-only "src/cli/$name.ts" "$@")
  else
    (cd "$APP_DIR" && node "dist/src/cli/$name.js" "$@")
  fi
}
