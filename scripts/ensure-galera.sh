#!/usr/bin/env bash
# The Galera cluster test (and scripts/galera-cluster.sh) needs Debian's galera-4 provider for the
# machine's MariaDB and rsync for state transfers. Install them when missing and we may (root with
# apt); otherwise say what to do.
set -euo pipefail
# Only the galera jest project needs it, and it runs with TEST_MYSQL_URL (CI) or TEST_GALERA set.
[ -n "${TEST_MYSQL_URL:-}${TEST_GALERA:-}" ] || exit 0
provider="${GALERA_PROVIDER:-/usr/lib/galera/libgalera_smm.so}"
missing=()
[ -f "$provider" ] || missing+=(galera-4)
command -v rsync >/dev/null || missing+=(rsync)
command -v mariadbd >/dev/null || missing+=(mariadb-server)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing ${missing[*]} for the Galera cluster test..."
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi
echo "The Galera cluster test needs ${missing[*]}: run 'sudo apt-get install ${missing[*]}'." >&2
exit 1
